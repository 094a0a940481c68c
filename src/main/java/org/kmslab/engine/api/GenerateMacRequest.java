package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code GenerateMac} request. */
public record GenerateMacRequest(byte[] message, String keyId, String macAlgorithm, List<String> grantTokens,
        Boolean dryRun) {

    public static GenerateMacRequest of(String keyId, byte[] message, MacAlgorithm algorithm) {
        return new GenerateMacRequest(message, keyId, algorithm.wire(), null, null);
    }
}
