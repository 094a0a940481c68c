package org.kmslab.engine.api;

/** AWS {@code ListKeyPolicies} request. */
public record ListKeyPoliciesRequest(String keyId, Integer limit, String marker) {

    public static ListKeyPoliciesRequest of(String keyId) {
        return new ListKeyPoliciesRequest(keyId, null, null);
    }
}
