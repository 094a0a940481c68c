package org.kmslab.engine.api;

/** AWS {@code PutKeyPolicy} request. */
public record PutKeyPolicyRequest(String keyId, String policyName, String policy,
        Boolean bypassPolicyLockoutSafetyCheck) {

    public static PutKeyPolicyRequest of(String keyId, String policy) {
        return new PutKeyPolicyRequest(keyId, "default", policy, null);
    }
}
