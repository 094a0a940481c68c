package org.kmslab.engine.api;

import java.util.List;
import java.util.Map;

/** AWS {@code GenerateDataKeyPairWithoutPlaintext} request. */
public record GenerateDataKeyPairWithoutPlaintextRequest(Map<String, String> encryptionContext, String keyId,
        String keyPairSpec, List<String> grantTokens, Boolean dryRun) {

    public static GenerateDataKeyPairWithoutPlaintextRequest of(String keyId, DataKeyPairSpec spec) {
        return of(null, keyId, spec.wire());
    }

    public static GenerateDataKeyPairWithoutPlaintextRequest of(Map<String, String> encryptionContext, String keyId,
            String keyPairSpec) {
        return new GenerateDataKeyPairWithoutPlaintextRequest(encryptionContext, keyId, keyPairSpec, null, null);
    }
}
