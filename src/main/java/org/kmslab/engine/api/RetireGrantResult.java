package org.kmslab.engine.api;

/** AWS {@code RetireGrant} response (empty). */
public record RetireGrantResult() {
}
