package org.kmslab.engine.api;

import java.util.List;
import java.util.Map;

/** AWS {@code ReEncrypt} request. */
public record ReEncryptRequest(byte[] ciphertextBlob, Map<String, String> sourceEncryptionContext, String sourceKeyId,
        String destinationKeyId, Map<String, String> destinationEncryptionContext, String sourceEncryptionAlgorithm,
        String destinationEncryptionAlgorithm, List<String> grantTokens, Boolean dryRun) {

    public static ReEncryptRequest of(byte[] ciphertextBlob, String destinationKeyId) {
        return new ReEncryptRequest(ciphertextBlob, null, null, destinationKeyId, null, null, null, null, null);
    }
}
