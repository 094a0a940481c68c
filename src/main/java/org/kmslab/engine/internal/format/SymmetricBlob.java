package org.kmslab.engine.internal.format;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The symmetric ciphertext blob, version 1. All integers big-endian.
 *
 * <pre>
 * offset      length  field
 * 0           4       magic "KLAB" (0x4B 0x4C 0x41 0x42)
 * 4           1       version (0x01)
 * 5           1       n = length of the key id
 * 6           n       key id, ASCII (a UUID, or mrk- and 32 hex for a multi-Region key; 36 characters)
 * 6+n         32      key material id (raw bytes; shown as 64 hex characters)
 * 38+n        12      AES-GCM IV
 * 50+n        4       CRC-32C of bytes [0, 50+n): catches corruption of the header before any key lookup
 * 54+n        c       AES-256-GCM ciphertext (c = plaintext length)
 * 54+n+c      16      GCM tag
 * </pre>
 *
 * The AAD is the whole header (bytes [0, 54+n)) followed by the canonical encryption context
 * ({@link EncryptionContextCodec}), so changing any header byte or the context fails authentication. The CRC is
 * not a security control (anyone can recompute it); it only lets a corrupted key id read as
 * InvalidCiphertextException rather than as a lookup of a key that does not exist.
 *
 * @param keyId         the key that encrypted the blob
 * @param materialId    32 bytes naming the key material version
 * @param iv            12-byte GCM nonce
 * @param header        the exact header bytes (AAD prefix)
 * @param sealed        ciphertext followed by the tag
 */
public record SymmetricBlob(String keyId, byte[] materialId, byte[] iv, byte[] header, byte[] sealed) {

    public static final byte[] MAGIC = {'K', 'L', 'A', 'B'};
    public static final int VERSION = 1;
    public static final int MATERIAL_ID_LENGTH = 32;
    public static final int IV_LENGTH = 12;
    public static final int CRC_LENGTH = 4;
    public static final int TAG_LENGTH = 16;
    private static final Pattern KEY_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}");

    /** Builds the header for a new blob; the caller then seals with AAD = header ‖ context. */
    public static byte[] header(String keyId, byte[] materialId, byte[] iv) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(6 + id.length + MATERIAL_ID_LENGTH + IV_LENGTH + CRC_LENGTH);
        b.put(MAGIC).put((byte) VERSION).put((byte) id.length).put(id).put(materialId).put(iv);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** The blob: header ‖ ciphertext ‖ tag. */
    public static byte[] assemble(byte[] header, byte[] sealed) {
        return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
    }

    /** The material id as AWS shows it: 64 lowercase hex characters. */
    public String materialIdHex() {
        return HexFormat.of().formatHex(materialId);
    }

    /**
     * Parses without decrypting. Lengths are checked before any slicing.
     *
     * @return the parsed blob, or a reason it does not parse
     */
    public static Parse parse(byte[] blob) {
        if (blob == null || blob.length < 6) {
            return Parse.fail("shorter than the 6-byte fixed prefix");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (blob[i] != MAGIC[i]) {
                return Parse.fail("does not start with the magic \"KLAB\" (not a KMS Lab symmetric blob)");
            }
        }
        if (blob[4] != VERSION) {
            return Parse.fail("unsupported version " + (blob[4] & 0xff));
        }
        int n = blob[5] & 0xff;
        int headerLength = 6 + n + MATERIAL_ID_LENGTH + IV_LENGTH + CRC_LENGTH;
        if (blob.length < headerLength + TAG_LENGTH) {
            return Parse.fail("too short for a header with a " + n + "-byte key id and a 16-byte tag");
        }
        CRC32C crc = new CRC32C();
        crc.update(blob, 0, headerLength - CRC_LENGTH);
        if ((int) crc.getValue() != ByteBuffer.wrap(blob, headerLength - CRC_LENGTH, CRC_LENGTH).getInt()) {
            return Parse.fail("header checksum does not match (the header is corrupted)");
        }
        String keyId = new String(blob, 6, n, StandardCharsets.US_ASCII);
        if (!KEY_ID.matcher(keyId).matches()) {
            return Parse.fail("key id field is not a key id");
        }
        byte[] materialId = slice(blob, 6 + n, MATERIAL_ID_LENGTH);
        byte[] iv = slice(blob, 6 + n + MATERIAL_ID_LENGTH, IV_LENGTH);
        return new Parse(new SymmetricBlob(keyId, materialId, iv, slice(blob, 0, headerLength),
                slice(blob, headerLength, blob.length - headerLength)), null);
    }

    private static byte[] slice(byte[] b, int off, int len) {
        byte[] out = new byte[len];
        System.arraycopy(b, off, out, 0, len);
        return out;
    }

    /** Either a blob or the reason there is none. */
    public record Parse(SymmetricBlob blob, String failure) {
        static Parse fail(String reason) {
            return new Parse(null, reason);
        }

        public boolean ok() {
            return blob != null;
        }
    }
}
