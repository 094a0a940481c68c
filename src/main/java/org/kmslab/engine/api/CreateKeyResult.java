package org.kmslab.engine.api;

/** AWS {@code CreateKey} response. */
public record CreateKeyResult(KeyMetadata keyMetadata) {
}
