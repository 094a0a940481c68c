package org.kmslab.engine.api;

/** AWS {@code EnableKeyRotation} response (empty). */
public record EnableKeyRotationResult() {
}
