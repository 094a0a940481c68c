package org.kmslab.engine.api;

import java.util.List;
import java.util.Map;

/** AWS {@code GenerateDataKey} request: exactly one of {@code keySpec} and {@code numberOfBytes}. */
public record GenerateDataKeyRequest(String keyId, Map<String, String> encryptionContext, Integer numberOfBytes,
        String keySpec, List<String> grantTokens, Boolean dryRun) {

    public static GenerateDataKeyRequest of(String keyId, DataKeySpec spec) {
        return of(keyId, null, null, spec.wire());
    }

    public static GenerateDataKeyRequest ofBytes(String keyId, Integer numberOfBytes) {
        return of(keyId, null, numberOfBytes, null);
    }

    public static GenerateDataKeyRequest of(String keyId, Map<String, String> encryptionContext, Integer numberOfBytes,
            String keySpec) {
        return new GenerateDataKeyRequest(keyId, encryptionContext, numberOfBytes, keySpec, null, null);
    }
}
