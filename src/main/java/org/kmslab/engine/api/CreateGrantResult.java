package org.kmslab.engine.api;

/** AWS {@code CreateGrant} response. */
public record CreateGrantResult(String grantToken, String grantId) {
}
