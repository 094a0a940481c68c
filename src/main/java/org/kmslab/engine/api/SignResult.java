package org.kmslab.engine.api;

/** AWS {@code Sign} response (DER signature for ECDSA). */
public record SignResult(String keyId, byte[] signature, String signingAlgorithm) {
}
