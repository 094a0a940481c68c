package org.kmslab.engine.api;

import java.util.List;
import java.util.Map;

/** AWS {@code GenerateDataKeyPair} request. */
public record GenerateDataKeyPairRequest(Map<String, String> encryptionContext, String keyId, String keyPairSpec,
        List<String> grantTokens, Boolean dryRun) {

    public static GenerateDataKeyPairRequest of(String keyId, DataKeyPairSpec spec) {
        return of(null, keyId, spec.wire());
    }

    public static GenerateDataKeyPairRequest of(Map<String, String> encryptionContext, String keyId, String keyPairSpec) {
        return new GenerateDataKeyPairRequest(encryptionContext, keyId, keyPairSpec, null, null);
    }
}
