package org.kmslab.engine.api;

/** AWS {@code DisableKeyRotation} response (empty). */
public record DisableKeyRotationResult() {
}
