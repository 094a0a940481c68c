package org.kmslab.engine.api;

/** AWS {@code GenerateDataKeyPair} response. {@code toString()} redacts the private key. */
public record GenerateDataKeyPairResult(byte[] privateKeyCiphertextBlob, byte[] privateKeyPlaintext, byte[] publicKey,
        String keyId, String keyPairSpec, String keyMaterialId) {

    @Override
    public String toString() {
        return "GenerateDataKeyPairResult["
                + "privateKeyCiphertextBlob=" + Redact.length(privateKeyCiphertextBlob) + ", "
                + "privateKeyPlaintext=" + Redact.bytes(privateKeyPlaintext) + ", "
                + "publicKey=" + Redact.length(publicKey) + ", "
                + "keyId=" + keyId + ", "
                + "keyPairSpec=" + keyPairSpec + ", "
                + "keyMaterialId=" + keyMaterialId
                + "]";
    }
}
