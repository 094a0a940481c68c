package org.kmslab.engine.api;

/** AWS {@code ConnectCustomKeyStore} response (empty). */
public record ConnectCustomKeyStoreResult() {
}
