package org.kmslab.engine.api;

/** AWS {@code DeleteCustomKeyStore} response (empty). */
public record DeleteCustomKeyStoreResult() {
}
