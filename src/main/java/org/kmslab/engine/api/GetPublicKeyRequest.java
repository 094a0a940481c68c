package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code GetPublicKey} request. */
public record GetPublicKeyRequest(String keyId, List<String> grantTokens) {

    public static GetPublicKeyRequest of(String keyId) {
        return new GetPublicKeyRequest(keyId, null);
    }
}
