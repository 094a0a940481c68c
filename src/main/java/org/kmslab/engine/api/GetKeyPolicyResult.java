package org.kmslab.engine.api;

/** AWS {@code GetKeyPolicy} response. */
public record GetKeyPolicyResult(String policy, String policyName) {
}
