package org.kmslab.engine.api;

/** AWS {@code DisconnectCustomKeyStore} request. */
public record DisconnectCustomKeyStoreRequest(String customKeyStoreId) {
}
