package org.kmslab.engine.api;

/** AWS {@code RotateKeyOnDemand} response. */
public record RotateKeyOnDemandResult(String keyId) {
}
