package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code GetPublicKey} response: DER SubjectPublicKeyInfo plus spec, usage and algorithms. */
public record GetPublicKeyResult(String keyId, byte[] publicKey, String customerMasterKeySpec, String keySpec,
        String keyUsage, List<String> encryptionAlgorithms, List<String> signingAlgorithms,
        List<String> keyAgreementAlgorithms) {
}
