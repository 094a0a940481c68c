package org.kmslab.engine.api;

/** AWS {@code GenerateDataKeyPairWithoutPlaintext} response. */
public record GenerateDataKeyPairWithoutPlaintextResult(byte[] privateKeyCiphertextBlob, byte[] publicKey,
        String keyId, String keyPairSpec, String keyMaterialId) {
}
