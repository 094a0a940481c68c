package org.kmslab.engine.api;

/** AWS {@code DisableKey} response (empty). */
public record DisableKeyResult() {
}
