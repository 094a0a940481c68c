package org.kmslab.engine.api;

/** AWS {@code Verify} response. */
public record VerifyResult(String keyId, Boolean signatureValid, String signingAlgorithm) {
}
