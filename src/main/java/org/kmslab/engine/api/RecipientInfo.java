package org.kmslab.engine.api;

/**
 * AWS {@code RecipientInfo}: a Nitro Enclaves or NitroTPM attestation document and the algorithm for its public key.
 * KMS Lab has no attested environments, so a request that carries one is refused (see {@code docs/engine.md}).
 */
public record RecipientInfo(String keyEncryptionAlgorithm, byte[] attestationDocument) {

    @Override
    public String toString() {
        return "RecipientInfo[keyEncryptionAlgorithm=" + keyEncryptionAlgorithm + ", attestationDocument="
                + Redact.length(attestationDocument) + "]";
    }
}
