package org.kmslab.engine.internal.ops;

import org.kmslab.engine.api.DeriveSharedSecretRequest;
import org.kmslab.engine.api.DeriveSharedSecretResult;
import org.kmslab.engine.api.KeyAgreementAlgorithm;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * DeriveSharedSecret: ECDH between the private key of a KEY_AGREEMENT key (NIST P-256/384/521, or SM2 in the China
 * Regions) and a peer's public key on the same curve. The result's {@code KeyId} is the key id, as in AWS's recorded
 * example (AWS CLI examples, {@code derive-shared-secret}); {@code Recipient} (Nitro Enclaves attestation) is refused,
 * because no request to KMS Lab comes from an attested enclave.
 * Source: https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html
 */
public final class KeyAgreement {

    private final KeyResolver resolver;

    public KeyAgreement(KeyResolver resolver) {
        this.resolver = resolver;
    }

    public DeriveSharedSecretResult deriveSharedSecret(Call call, DeriveSharedSecretRequest r) {
        Validate.required("keyId", r.keyId());
        KeyAgreementAlgorithm alg = KeyAgreementAlgorithm.fromWire("keyAgreementAlgorithm",
                Validate.required("keyAgreementAlgorithm", r.keyAgreementAlgorithm()));
        Validate.blob("publicKey", r.publicKey(), 1, 8192);
        Validate.grantTokens(r.grantTokens());
        if (r.recipient() != null) {
            throw Validate.fail("The Recipient attestation document is not valid: KMS accepts it only from an AWS "
                    + "Nitro enclave or NitroTPM.");
        }
        ManagedKey key = resolver.usable(call, r.keyId(), "kms:DeriveSharedSecret", null, r.grantTokens());
        byte[] secret = Signing.material(call, key).deriveSharedSecret(r.publicKey());
        if (secret == null) {
            throw Validate.fail("The PublicKey is not a valid DER-encoded SubjectPublicKeyInfo for a point on the "
                    + key.spec().wire() + " curve.");
        }
        Validate.dryRun(r.dryRun());
        return new DeriveSharedSecretResult(key.keyId(), secret, null, alg.wire(), key.origin().wire());
    }
}
