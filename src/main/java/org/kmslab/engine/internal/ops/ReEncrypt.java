package org.kmslab.engine.internal.ops;

import java.util.Arrays;

import org.kmslab.engine.api.EncryptionAlgorithm;
import org.kmslab.engine.api.ReEncryptRequest;
import org.kmslab.engine.api.ReEncryptResult;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * ReEncrypt: decrypts with the source key ({@code kms:ReEncryptFrom}) and encrypts under the destination key
 * ({@code kms:ReEncryptTo}) without the plaintext leaving the engine.
 */
public final class ReEncrypt {

    private final KeyResolver resolver;
    private final Decryption decryption;

    public ReEncrypt(KeyResolver resolver) {
        this.resolver = resolver;
        this.decryption = new Decryption(resolver);
    }

    public ReEncryptResult run(Call call, ReEncryptRequest r) {
        Validate.required("destinationKeyId", r.destinationKeyId());
        EncryptionAlgorithm destAlg = Algorithms.encryption(r.destinationEncryptionAlgorithm());
        Decryption.Opened source = decryption.open(call, r.ciphertextBlob(), r.sourceEncryptionContext(),
                r.sourceKeyId(), r.sourceEncryptionAlgorithm(), r.grantTokens(), "kms:ReEncryptFrom", false);
        String sourceMaterial = call.keyMaterialId();
        String sourceArn = source.key().arn();
        try {
            ManagedKey dest = resolver.usable(call, r.destinationKeyId(), "kms:ReEncryptTo",
                    r.destinationEncryptionContext(), r.grantTokens());
            Algorithms.checkEncryption(dest, destAlg, r.destinationEncryptionContext());
            Algorithms.checkRsaSize(dest, destAlg, source.plaintext().length);
            Validate.dryRun(r.dryRun());
            byte[] blob = destAlg == EncryptionAlgorithm.SYMMETRIC_DEFAULT
                    ? Blobs.seal(call, dest, source.plaintext(), r.destinationEncryptionContext())
                    : Encrypt.rsa(call, dest).encrypt(destAlg, source.plaintext());
            return new ReEncryptResult(blob, sourceArn, dest.arn(), source.algorithm().wire(), destAlg.wire(),
                    sourceMaterial, call.keyMaterialId());
        } finally {
            Arrays.fill(source.plaintext(), (byte) 0);
        }
    }
}
