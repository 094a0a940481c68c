package org.kmslab.engine.internal.policy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.kmslab.engine.internal.crypto.Rng;

/**
 * Grant tokens: opaque to callers, they name a grant so that it can be used at once (AWS grants are eventually
 * consistent; a token bridges the gap). Ours are {@code base64url("kmslab-grant:" + grantId + ":" + nonce)}.
 */
public final class GrantTokens {

    private static final String PREFIX = "kmslab-grant:";

    private GrantTokens() {
    }

    public static String issue(String grantId) {
        String raw = PREFIX + grantId + ":" + HexFormat.of().formatHex(Rng.bytes(16));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** The grant id a token names, or null when it is not a token this engine issued. */
    public static String grantId(String token) {
        if (token == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (!raw.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = raw.substring(PREFIX.length()).split(":");
            return parts.length == 2 && parts[0].matches("[0-9a-f]{64}") ? parts[0] : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
