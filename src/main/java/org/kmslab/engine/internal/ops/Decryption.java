package org.kmslab.engine.internal.ops;

import java.util.List;
import java.util.Map;

import org.kmslab.engine.api.EncryptionAlgorithm;
import org.kmslab.engine.exception.AccessDeniedException;
import org.kmslab.engine.exception.IncorrectKeyException;
import org.kmslab.engine.exception.InvalidCiphertextException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.internal.format.SymmetricBlob;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * The decrypting half shared by Decrypt and ReEncrypt: find the key (named in the request, or named by the blob),
 * check it, and open the ciphertext with the material version the blob records.
 */
final class Decryption {

    private final KeyResolver resolver;

    Decryption(KeyResolver resolver) {
        this.resolver = resolver;
    }

    /** Plaintext and the key that produced it. */
    record Opened(ManagedKey key, byte[] plaintext, EncryptionAlgorithm algorithm) {
        @Override
        public String toString() {
            return "Opened[" + key.arn() + ", plaintext redacted]";
        }
    }

    Opened open(Call call, byte[] ciphertext, Map<String, String> context, String keyId, String algorithm,
            List<String> grantTokens, String action, boolean dryRun) {
        Validate.blob("ciphertextBlob", ciphertext, 1, 6144);
        Validate.grantTokens(grantTokens);
        EncryptionAlgorithm alg = Algorithms.encryption(algorithm);
        if (alg != EncryptionAlgorithm.SYMMETRIC_DEFAULT) {
            Validate.required("keyId", keyId);
            ManagedKey key = resolver.usable(call, keyId, action, context, grantTokens);
            Algorithms.checkEncryption(key, alg, context);
            Validate.dryRun(dryRun);
            return new Opened(key, Encrypt.rsa(call, key).decrypt(alg, ciphertext), alg);
        }
        ManagedKey named = keyId == null ? null : resolver.find(call, keyId, true);
        SymmetricBlob blob = Blobs.parse(ciphertext);
        if (named != null && !named.keyId().equals(blob.keyId())) {
            throw new IncorrectKeyException(
                    "The key ID in the request does not identify a CMK that can perform this operation.");
        }
        ManagedKey key;
        try {
            key = resolver.usable(call, blob.keyId(), action, context, grantTokens);
        } catch (NotFoundException e) {
            throw new AccessDeniedException("The ciphertext refers to a customer master key that does not exist, "
                    + "does not exist in this region, or you are not allowed to access.");
        }
        Algorithms.checkEncryption(key, alg, context);
        Validate.dryRun(dryRun);
        if (key.spec() != org.kmslab.engine.api.KeySpec.SYMMETRIC_DEFAULT) {
            throw new InvalidCiphertextException();
        }
        return new Opened(key, Blobs.open(call, key, blob, context), alg);
    }
}
