package org.kmslab.engine.api;

/** AWS {@code GenerateDataKeyWithoutPlaintext} response. */
public record GenerateDataKeyWithoutPlaintextResult(byte[] ciphertextBlob, String keyId, String keyMaterialId) {
}
