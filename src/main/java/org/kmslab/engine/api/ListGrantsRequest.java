package org.kmslab.engine.api;

/** AWS {@code ListGrants} request. */
public record ListGrantsRequest(Integer limit, String marker, String keyId, String grantId, String granteePrincipal) {

    public static ListGrantsRequest of(String keyId) {
        return new ListGrantsRequest(null, null, keyId, null, null);
    }
}
