package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code VerifyMac} request. */
public record VerifyMacRequest(byte[] message, String keyId, String macAlgorithm, byte[] mac, List<String> grantTokens,
        Boolean dryRun) {

    public static VerifyMacRequest of(String keyId, byte[] message, byte[] mac, MacAlgorithm algorithm) {
        return new VerifyMacRequest(message, keyId, algorithm.wire(), mac, null, null);
    }
}
