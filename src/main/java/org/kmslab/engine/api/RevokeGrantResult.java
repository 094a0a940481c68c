package org.kmslab.engine.api;

/** AWS {@code RevokeGrant} response (empty). */
public record RevokeGrantResult() {
}
