package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code ListKeyPolicies} response. */
public record ListKeyPoliciesResult(List<String> policyNames, String nextMarker, Boolean truncated) {
}
