package org.kmslab.engine.api;

/** AWS {@code GenerateMac} response. */
public record GenerateMacResult(byte[] mac, String macAlgorithm, String keyId) {
}
