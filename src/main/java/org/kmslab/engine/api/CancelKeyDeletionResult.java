package org.kmslab.engine.api;

/** AWS {@code CancelKeyDeletion} response; {@code keyId} is the key ARN. */
public record CancelKeyDeletionResult(String keyId) {
}
