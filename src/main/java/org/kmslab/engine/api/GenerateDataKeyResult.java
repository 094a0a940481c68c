package org.kmslab.engine.api;

/** AWS {@code GenerateDataKey} response. {@code toString()} redacts the plaintext key. */
public record GenerateDataKeyResult(byte[] ciphertextBlob, byte[] plaintext, String keyId, String keyMaterialId) {

    @Override
    public String toString() {
        return "GenerateDataKeyResult["
                + "ciphertextBlob=" + Redact.length(ciphertextBlob) + ", "
                + "plaintext=" + Redact.bytes(plaintext) + ", "
                + "keyId=" + keyId + ", "
                + "keyMaterialId=" + keyMaterialId
                + "]";
    }
}
