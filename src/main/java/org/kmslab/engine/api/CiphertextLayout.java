package org.kmslab.engine.api;

import java.util.List;

/**
 * What a ciphertext blob is made of, found without decrypting: named fields with their offsets and lengths, or the
 * reason the bytes are not a KMS Lab blob.
 *
 * @param parsed        true when the blob parsed
 * @param failureReason why it did not parse, or null
 * @param totalLength   length of the input
 * @param version       format version, or null
 * @param keyId         the key the blob names, or null
 * @param keyMaterialId the material version (64 hex characters), or null
 * @param fields        the regions in order (magic, version, key id length, key id, material id, iv, header crc,
 *                      ciphertext, tag)
 */
public record CiphertextLayout(boolean parsed, String failureReason, int totalLength, Integer version, String keyId,
        String keyMaterialId, List<Field> fields) {

    /** One region of the blob. */
    public record Field(String name, int offset, int length, String description) {
    }
}
