package org.kmslab.engine.internal.ops;

import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.EncryptResult;
import org.kmslab.engine.api.EncryptionAlgorithm;
import org.kmslab.engine.internal.crypto.AsymmetricMaterial;
import org.kmslab.engine.internal.store.ManagedKey;

/** Encrypt: 1-4096 bytes under a symmetric key (versioned blob) or an RSA key (raw OAEP, AWS's size limits). */
public final class Encrypt {

    private final KeyResolver resolver;

    public Encrypt(KeyResolver resolver) {
        this.resolver = resolver;
    }

    public EncryptResult run(Call call, EncryptRequest r) {
        Validate.required("keyId", r.keyId());
        Validate.blob("plaintext", r.plaintext(), 1, 4096);
        Validate.grantTokens(r.grantTokens());
        EncryptionAlgorithm alg = Algorithms.encryption(r.encryptionAlgorithm());

        ManagedKey key = resolver.usable(call, r.keyId(), "kms:Encrypt", r.encryptionContext(), r.grantTokens());
        Algorithms.checkEncryption(key, alg, r.encryptionContext());
        Algorithms.checkRsaSize(key, alg, r.plaintext().length);
        Validate.dryRun(r.dryRun());

        byte[] blob = alg == EncryptionAlgorithm.SYMMETRIC_DEFAULT
                ? Blobs.seal(call, key, r.plaintext(), r.encryptionContext())
                : rsa(call, key).encrypt(alg, r.plaintext());
        return new EncryptResult(blob, key.arn(), alg.wire());
    }

    static AsymmetricMaterial rsa(Call call, ManagedKey key) {
        var v = key.current().orElseThrow();
        call.keyMaterialId(v.materialId());
        return (AsymmetricMaterial) v.material();
    }
}
