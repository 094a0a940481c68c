package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code Verify} request. */
public record VerifyRequest(String keyId, byte[] message, String messageType, byte[] signature,
        String signingAlgorithm, List<String> grantTokens, Boolean dryRun) {

    public static VerifyRequest of(String keyId, byte[] message, byte[] signature, SigningAlgorithm algorithm) {
        return of(keyId, message, null, signature, algorithm.wire());
    }

    public static VerifyRequest digest(String keyId, byte[] digest, byte[] signature, SigningAlgorithm algorithm) {
        return of(keyId, digest, MessageType.DIGEST.wire(), signature, algorithm.wire());
    }

    public static VerifyRequest of(String keyId, byte[] message, String messageType, byte[] signature,
            String signingAlgorithm) {
        return new VerifyRequest(keyId, message, messageType, signature, signingAlgorithm, null, null);
    }
}
