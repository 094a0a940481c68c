package org.kmslab.engine.api;

import java.util.List;
import java.util.Map;

/** AWS {@code GenerateDataKeyWithoutPlaintext} request. */
public record GenerateDataKeyWithoutPlaintextRequest(String keyId, Map<String, String> encryptionContext,
        String keySpec, Integer numberOfBytes, List<String> grantTokens, Boolean dryRun) {

    public static GenerateDataKeyWithoutPlaintextRequest of(String keyId, DataKeySpec spec) {
        return of(keyId, null, spec.wire(), null);
    }

    public static GenerateDataKeyWithoutPlaintextRequest of(String keyId, Map<String, String> encryptionContext,
            String keySpec, Integer numberOfBytes) {
        return new GenerateDataKeyWithoutPlaintextRequest(keyId, encryptionContext, keySpec, numberOfBytes, null, null);
    }
}
