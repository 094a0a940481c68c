package org.kmslab.engine.api;

/** AWS {@code Decrypt} response. {@code toString()} redacts the plaintext. */
public record DecryptResult(String keyId, byte[] plaintext, String encryptionAlgorithm, String keyMaterialId) {

    @Override
    public String toString() {
        return "DecryptResult[keyId=" + keyId + ", plaintext=" + Redact.bytes(plaintext) + ", encryptionAlgorithm="
                + encryptionAlgorithm + ", keyMaterialId=" + keyMaterialId + "]";
    }
}
