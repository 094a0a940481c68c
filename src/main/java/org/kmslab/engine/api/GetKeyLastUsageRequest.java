package org.kmslab.engine.api;

/** AWS {@code GetKeyLastUsage} request: a key id or key ARN (aliases are not accepted). */
public record GetKeyLastUsageRequest(String keyId) {

    public static GetKeyLastUsageRequest of(String keyId) {
        return new GetKeyLastUsageRequest(keyId);
    }
}
