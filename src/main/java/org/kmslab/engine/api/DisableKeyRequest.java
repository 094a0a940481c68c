package org.kmslab.engine.api;

/** AWS {@code DisableKey} request. */
public record DisableKeyRequest(String keyId) {

    public static DisableKeyRequest of(String keyId) {
        return new DisableKeyRequest(keyId);
    }
}
