package org.kmslab.engine.internal.ops;

import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DecryptResult;

/** Decrypt: KeyId optional for symmetric blobs (the blob names its key), required for RSA ciphertext. */
public final class Decrypt {

    private final Decryption decryption;

    public Decrypt(KeyResolver resolver) {
        this.decryption = new Decryption(resolver);
    }

    public DecryptResult run(Call call, DecryptRequest r) {
        Decryption.Opened o = decryption.open(call, r.ciphertextBlob(), r.encryptionContext(), r.keyId(),
                r.encryptionAlgorithm(), r.grantTokens(), "kms:Decrypt", Boolean.TRUE.equals(r.dryRun()));
        return new DecryptResult(o.key().arn(), o.plaintext(), o.algorithm().wire(), call.keyMaterialId());
    }
}
