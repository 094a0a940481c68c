package org.kmslab.engine.internal.ops;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.kmslab.engine.internal.crypto.Rng;

/**
 * Import tokens: {@code "KLIT" ‖ version(1) ‖ keyIdLength(1) ‖ keyId ‖ tokenId(32)}. The token names the key and
 * which GetParametersForImport call it came from; the engine keeps the matching wrapping key and expiry.
 */
final class ImportTokens {

    private static final byte[] MAGIC = {'K', 'L', 'I', 'T'};
    private static final int ID_LENGTH = 32;

    private ImportTokens() {
    }

    /** A parsed token: the key it names and its id (hex). */
    record Token(String keyId, String tokenId) {
        @Override
        public String toString() {
            return "Token[" + keyId + ", id redacted]";
        }
    }

    static byte[] issue(String keyId, String tokenIdHex) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(6 + id.length + ID_LENGTH).put(MAGIC).put((byte) 1).put((byte) id.length).put(id)
                .put(HexFormat.of().parseHex(tokenIdHex)).array();
    }

    static String newTokenId() {
        return HexFormat.of().formatHex(Rng.bytes(ID_LENGTH));
    }

    /** The token's content, or null when the bytes are not a token. */
    static Token parse(byte[] token) {
        if (token == null || token.length < 6 || !Arrays.equals(token, 0, 4, MAGIC, 0, 4) || token[4] != 1) {
            return null;
        }
        int n = token[5] & 0xff;
        if (token.length != 6 + n + ID_LENGTH) {
            return null;
        }
        return new Token(new String(token, 6, n, StandardCharsets.US_ASCII),
                HexFormat.of().formatHex(token, 6 + n, token.length));
    }
}
