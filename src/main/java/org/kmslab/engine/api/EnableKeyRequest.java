package org.kmslab.engine.api;

/** AWS {@code EnableKey} request. */
public record EnableKeyRequest(String keyId) {

    public static EnableKeyRequest of(String keyId) {
        return new EnableKeyRequest(keyId);
    }
}
