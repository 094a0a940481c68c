package org.kmslab.engine.api;

/** AWS {@code UpdateCustomKeyStore} response (empty). */
public record UpdateCustomKeyStoreResult() {
}
