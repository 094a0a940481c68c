package org.kmslab.engine.api;

import java.util.List;
import java.util.Map;

/** AWS {@code Encrypt} request. {@code toString()} redacts the plaintext. */
public record EncryptRequest(String keyId, byte[] plaintext, Map<String, String> encryptionContext,
        List<String> grantTokens, String encryptionAlgorithm, Boolean dryRun) {

    public static EncryptRequest of(String keyId, byte[] plaintext) {
        return new EncryptRequest(keyId, plaintext, null, null, null, null);
    }

    public static EncryptRequest of(String keyId, byte[] plaintext, Map<String, String> encryptionContext) {
        return new EncryptRequest(keyId, plaintext, encryptionContext, null, null, null);
    }

    public EncryptRequest withEncryptionAlgorithm(String algorithm) {
        return new EncryptRequest(keyId, plaintext, encryptionContext, grantTokens, algorithm, dryRun);
    }

    public EncryptRequest withGrantTokens(List<String> tokens) {
        return new EncryptRequest(keyId, plaintext, encryptionContext, tokens, encryptionAlgorithm, dryRun);
    }

    public EncryptRequest withDryRun(Boolean value) {
        return new EncryptRequest(keyId, plaintext, encryptionContext, grantTokens, encryptionAlgorithm, value);
    }

    @Override
    public String toString() {
        return "EncryptRequest[keyId=" + keyId + ", plaintext=" + Redact.bytes(plaintext) + ", encryptionContext="
                + encryptionContext + ", encryptionAlgorithm=" + encryptionAlgorithm + ", dryRun=" + dryRun + "]";
    }
}
