package org.kmslab.engine.api;

/** AWS {@code CreateCustomKeyStore} response. */
public record CreateCustomKeyStoreResult(String customKeyStoreId) {
}
