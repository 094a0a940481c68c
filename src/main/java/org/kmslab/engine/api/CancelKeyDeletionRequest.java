package org.kmslab.engine.api;

/** AWS {@code CancelKeyDeletion} request. */
public record CancelKeyDeletionRequest(String keyId) {

    public static CancelKeyDeletionRequest of(String keyId) {
        return new CancelKeyDeletionRequest(keyId);
    }
}
