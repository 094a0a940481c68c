package org.kmslab.engine.api;

/** AWS {@code RotateKeyOnDemand} request. */
public record RotateKeyOnDemandRequest(String keyId) {

    public static RotateKeyOnDemandRequest of(String keyId) {
        return new RotateKeyOnDemandRequest(keyId);
    }
}
