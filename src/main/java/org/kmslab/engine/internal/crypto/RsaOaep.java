package org.kmslab.engine.internal.crypto;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.spec.MGF1ParameterSpec;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import org.kmslab.engine.api.EncryptionAlgorithm;
import org.kmslab.engine.exception.InvalidCiphertextException;
import org.kmslab.engine.exception.KMSInternalException;

/**
 * RSAES-OAEP as AWS KMS uses it: the OAEP hash and the MGF1 hash are the same (SHA-1 or SHA-256), empty label.
 * Promise: decryption failures of any kind surface only as {@link InvalidCiphertextException}.
 */
public final class RsaOaep {

    private RsaOaep() {
    }

    /** The largest plaintext for a modulus of {@code bits}: k - 2*hLen - 2. */
    public static int maxPlaintext(int bits, EncryptionAlgorithm algorithm) {
        int hLen = algorithm == EncryptionAlgorithm.RSAES_OAEP_SHA_1 ? 20 : 32;
        return bits / 8 - 2 * hLen - 2;
    }

    static byte[] encrypt(Key publicKey, EncryptionAlgorithm algorithm, byte[] plaintext) {
        try {
            Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
            c.init(Cipher.ENCRYPT_MODE, publicKey, params(algorithm), Rng.secureRandom());
            return c.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new KMSInternalException("RSA encryption failed");
        }
    }

    static byte[] decrypt(Key privateKey, EncryptionAlgorithm algorithm, byte[] ciphertext) {
        try {
            Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
            c.init(Cipher.DECRYPT_MODE, privateKey, params(algorithm));
            return c.doFinal(ciphertext);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidCiphertextException();
        }
    }

    static OAEPParameterSpec params(EncryptionAlgorithm algorithm) {
        return switch (algorithm) {
            case RSAES_OAEP_SHA_1 -> new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1,
                    PSource.PSpecified.DEFAULT);
            case RSAES_OAEP_SHA_256 -> new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                    PSource.PSpecified.DEFAULT);
            default -> throw new IllegalArgumentException(algorithm.wire());
        };
    }
}
