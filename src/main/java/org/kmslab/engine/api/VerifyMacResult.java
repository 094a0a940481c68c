package org.kmslab.engine.api;

/** AWS {@code VerifyMac} response. */
public record VerifyMacResult(String keyId, Boolean macValid, String macAlgorithm) {
}
