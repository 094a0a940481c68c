package org.kmslab.engine.api;

/** AWS {@code ListKeyRotations} request. */
public record ListKeyRotationsRequest(String keyId, String includeKeyMaterial, Integer limit, String marker) {

    public static ListKeyRotationsRequest of(String keyId) {
        return new ListKeyRotationsRequest(keyId, null, null, null);
    }
}
