package org.kmslab.engine.api;

/** AWS {@code DeriveSharedSecret} response: the raw shared secret (a secret: never logged). */
public record DeriveSharedSecretResult(String keyId, byte[] sharedSecret, byte[] ciphertextForRecipient,
        String keyAgreementAlgorithm, String keyOrigin) {

    @Override
    public String toString() {
        return "DeriveSharedSecretResult[keyId=" + keyId + ", sharedSecret=" + Redact.bytes(sharedSecret)
                + ", keyAgreementAlgorithm=" + keyAgreementAlgorithm + ", keyOrigin=" + keyOrigin + "]";
    }
}
