package org.kmslab.engine.api;

import java.util.List;
import java.util.Map;

/** AWS {@code Decrypt} request. {@code keyId} is optional for symmetric blobs and required for RSA ciphertext. */
public record DecryptRequest(byte[] ciphertextBlob, Map<String, String> encryptionContext, List<String> grantTokens,
        String keyId, String encryptionAlgorithm, Boolean dryRun) {

    public static DecryptRequest of(byte[] ciphertextBlob) {
        return new DecryptRequest(ciphertextBlob, null, null, null, null, null);
    }

    public static DecryptRequest of(byte[] ciphertextBlob, Map<String, String> encryptionContext) {
        return new DecryptRequest(ciphertextBlob, encryptionContext, null, null, null, null);
    }

    public DecryptRequest withKeyId(String value) {
        return new DecryptRequest(ciphertextBlob, encryptionContext, grantTokens, value, encryptionAlgorithm, dryRun);
    }

    public DecryptRequest withEncryptionAlgorithm(String value) {
        return new DecryptRequest(ciphertextBlob, encryptionContext, grantTokens, keyId, value, dryRun);
    }

    public DecryptRequest withGrantTokens(List<String> tokens) {
        return new DecryptRequest(ciphertextBlob, encryptionContext, tokens, keyId, encryptionAlgorithm, dryRun);
    }

    public DecryptRequest withDryRun(Boolean value) {
        return new DecryptRequest(ciphertextBlob, encryptionContext, grantTokens, keyId, encryptionAlgorithm, value);
    }
}
