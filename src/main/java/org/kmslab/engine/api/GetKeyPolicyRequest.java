package org.kmslab.engine.api;

/** AWS {@code GetKeyPolicy} request; the only policy name is {@code default}. */
public record GetKeyPolicyRequest(String keyId, String policyName) {

    public static GetKeyPolicyRequest of(String keyId) {
        return new GetKeyPolicyRequest(keyId, null);
    }
}
