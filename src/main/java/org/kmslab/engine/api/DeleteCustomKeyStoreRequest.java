package org.kmslab.engine.api;

/** AWS {@code DeleteCustomKeyStore} request. */
public record DeleteCustomKeyStoreRequest(String customKeyStoreId) {
}
