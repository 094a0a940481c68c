package org.kmslab.engine.api;

/** AWS {@code EnableKey} response (empty). */
public record EnableKeyResult() {
}
