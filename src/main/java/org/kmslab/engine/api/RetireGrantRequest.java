package org.kmslab.engine.api;

/** AWS {@code RetireGrant} request: by token, or by key and grant id. */
public record RetireGrantRequest(String grantToken, String keyId, String grantId, Boolean dryRun) {

    public static RetireGrantRequest byToken(String grantToken) {
        return new RetireGrantRequest(grantToken, null, null, null);
    }

    public static RetireGrantRequest byId(String keyId, String grantId) {
        return new RetireGrantRequest(null, keyId, grantId, null);
    }
}
