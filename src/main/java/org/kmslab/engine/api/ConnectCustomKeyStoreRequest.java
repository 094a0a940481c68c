package org.kmslab.engine.api;

/** AWS {@code ConnectCustomKeyStore} request. */
public record ConnectCustomKeyStoreRequest(String customKeyStoreId) {
}
