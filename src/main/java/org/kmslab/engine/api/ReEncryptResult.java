package org.kmslab.engine.api;

/** AWS {@code ReEncrypt} response. */
public record ReEncryptResult(byte[] ciphertextBlob, String sourceKeyId, String keyId,
        String sourceEncryptionAlgorithm, String destinationEncryptionAlgorithm, String sourceKeyMaterialId,
        String destinationKeyMaterialId) {
}
