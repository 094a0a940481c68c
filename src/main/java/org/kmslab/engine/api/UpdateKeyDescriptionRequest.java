package org.kmslab.engine.api;

/** AWS {@code UpdateKeyDescription} request. */
public record UpdateKeyDescriptionRequest(String keyId, String description) {

    public static UpdateKeyDescriptionRequest of(String keyId, String description) {
        return new UpdateKeyDescriptionRequest(keyId, description);
    }
}
