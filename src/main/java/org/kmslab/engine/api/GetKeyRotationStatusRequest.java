package org.kmslab.engine.api;

/** AWS {@code GetKeyRotationStatus} request. */
public record GetKeyRotationStatusRequest(String keyId) {

    public static GetKeyRotationStatusRequest of(String keyId) {
        return new GetKeyRotationStatusRequest(keyId);
    }
}
