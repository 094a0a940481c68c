package org.kmslab.engine.api;

/** AWS {@code DisconnectCustomKeyStore} response (empty). */
public record DisconnectCustomKeyStoreResult() {
}
