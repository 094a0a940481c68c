package org.kmslab.engine.api;

/** AWS {@code DisableKeyRotation} request. */
public record DisableKeyRotationRequest(String keyId) {

    public static DisableKeyRotationRequest of(String keyId) {
        return new DisableKeyRotationRequest(keyId);
    }
}
