package org.kmslab.engine.api;

/** AWS {@code Encrypt} response; {@code keyId} is the key ARN, as AWS returns it. */
public record EncryptResult(byte[] ciphertextBlob, String keyId, String encryptionAlgorithm) {
}
