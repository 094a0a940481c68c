package org.kmslab.engine.api;

/** AWS {@code UpdateKeyDescription} response (empty). */
public record UpdateKeyDescriptionResult() {
}
