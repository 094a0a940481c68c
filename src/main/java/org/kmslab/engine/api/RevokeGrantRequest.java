package org.kmslab.engine.api;

/** AWS {@code RevokeGrant} request. */
public record RevokeGrantRequest(String keyId, String grantId, Boolean dryRun) {

    public static RevokeGrantRequest of(String keyId, String grantId) {
        return new RevokeGrantRequest(keyId, grantId, null);
    }
}
