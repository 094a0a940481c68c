package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code Sign} request; {@code messageType} RAW (default) or DIGEST. */
public record SignRequest(String keyId, byte[] message, String messageType, List<String> grantTokens,
        String signingAlgorithm, Boolean dryRun) {

    public static SignRequest of(String keyId, byte[] message, SigningAlgorithm algorithm) {
        return of(keyId, message, null, algorithm.wire());
    }

    public static SignRequest digest(String keyId, byte[] digest, SigningAlgorithm algorithm) {
        return of(keyId, digest, MessageType.DIGEST.wire(), algorithm.wire());
    }

    public static SignRequest of(String keyId, byte[] message, String messageType, String signingAlgorithm) {
        return new SignRequest(keyId, message, messageType, null, signingAlgorithm, null);
    }
}
