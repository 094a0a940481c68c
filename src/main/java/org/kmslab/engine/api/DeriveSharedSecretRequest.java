package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code DeriveSharedSecret} request: the peer's DER SubjectPublicKeyInfo and the algorithm (ECDH). */
public record DeriveSharedSecretRequest(String keyId, String keyAgreementAlgorithm, byte[] publicKey,
        List<String> grantTokens, Boolean dryRun, RecipientInfo recipient) {

    public static DeriveSharedSecretRequest of(String keyId, byte[] peerPublicKey) {
        return new DeriveSharedSecretRequest(keyId, KeyAgreementAlgorithm.ECDH.wire(), peerPublicKey, null, null,
                null);
    }

    @Override
    public String toString() {
        return "DeriveSharedSecretRequest[keyId=" + keyId + ", keyAgreementAlgorithm=" + keyAgreementAlgorithm
                + ", publicKey=" + Redact.length(publicKey) + ", recipient=" + recipient + "]";
    }
}
