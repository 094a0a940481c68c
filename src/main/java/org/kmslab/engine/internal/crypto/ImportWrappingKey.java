package org.kmslab.engine.internal.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.kmslab.engine.api.AlgorithmSpec;
import org.kmslab.engine.api.EncryptionAlgorithm;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.WrappingKeySpec;
import org.kmslab.engine.exception.IncorrectKeyMaterialException;
import org.kmslab.engine.exception.InvalidCiphertextException;

/**
 * The RSA key pair of one GetParametersForImport call. Promise: its private key only unwraps imported material,
 * once, inside this package; wrapped input that fails OAEP or AES key-wrap checks raises
 * {@link InvalidCiphertextException}, and unwrapped bytes that are not valid material for the key spec raise
 * {@link IncorrectKeyMaterialException}.
 */
public final class ImportWrappingKey {

    private final KeyPair pair;

    private ImportWrappingKey(KeyPair pair) {
        this.pair = pair;
    }

    /** A fresh RSA wrapping key pair. */
    public static ImportWrappingKey generate(WrappingKeySpec spec) {
        return new ImportWrappingKey(AsymmetricMaterial.generatePair(KeySpec.valueOf(spec.name())));
    }

    byte[] privatePkcs8() {
        return pair.getPrivate().getEncoded();
    }

    static ImportWrappingKey fromPkcs8(byte[] pkcs8) {
        try {
            java.security.KeyFactory kf = java.security.KeyFactory.getInstance("RSA");
            java.security.interfaces.RSAPrivateCrtKey priv = (java.security.interfaces.RSAPrivateCrtKey) kf
                    .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(pkcs8));
            return new ImportWrappingKey(new KeyPair(kf.generatePublic(new java.security.spec.RSAPublicKeySpec(
                    priv.getModulus(), priv.getPublicExponent())), priv));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("stored wrapping key is invalid");
        }
    }

    /** The public key as DER SubjectPublicKeyInfo (GetParametersForImport's PublicKey). */
    public byte[] publicKeyDer() {
        return pair.getPublic().getEncoded();
    }

    /**
     * Unwraps and checks material for a key of {@code spec}: 32 bytes for SYMMETRIC_DEFAULT, digest to block length
     * for HMAC, a PKCS#8 private key of the right size or curve for RSA and ECC.
     */
    public ImportedMaterial unwrap(String keyId, KeySpec spec, AlgorithmSpec algorithm, byte[] wrapped) {
        byte[] raw = switch (algorithm) {
            case RSAES_OAEP_SHA_1 -> RsaOaep.decrypt(pair.getPrivate(), EncryptionAlgorithm.RSAES_OAEP_SHA_1, wrapped);
            case RSAES_OAEP_SHA_256 ->
                RsaOaep.decrypt(pair.getPrivate(), EncryptionAlgorithm.RSAES_OAEP_SHA_256, wrapped);
            case RSA_AES_KEY_WRAP_SHA_1 -> keyWrap(EncryptionAlgorithm.RSAES_OAEP_SHA_1, wrapped);
            case RSA_AES_KEY_WRAP_SHA_256 -> keyWrap(EncryptionAlgorithm.RSAES_OAEP_SHA_256, wrapped);
            default -> throw new InvalidCiphertextException();
        };
        try {
            KeyMaterial m = switch (spec) {
                case SYMMETRIC_DEFAULT -> raw.length == SymmetricMaterial.LENGTH ? SymmetricMaterial.of(raw) : null;
                case HMAC_224, HMAC_256, HMAC_384, HMAC_512 -> hmac(spec, raw);
                default -> AsymmetricMaterial.fromPkcs8(spec, raw);
            };
            if (m == null) {
                throw new IncorrectKeyMaterialException("The key material is not valid for a " + spec.wire()
                        + " key.");
            }
            return new ImportedMaterial(m, MaterialFingerprint.of(keyId, raw));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static KeyMaterial hmac(KeySpec spec, byte[] raw) {
        int min = HmacMaterial.keyLength(spec);
        int max = spec == KeySpec.HMAC_384 || spec == KeySpec.HMAC_512 ? 128 : 64;
        return raw.length >= min && raw.length <= max ? HmacMaterial.of(spec, raw) : null;
    }

    /** RSA_AES_KEY_WRAP: an OAEP-wrapped ephemeral AES key, then the material under AES key wrap with padding. */
    private byte[] keyWrap(EncryptionAlgorithm oaep, byte[] wrapped) {
        int k = ((RSAPublicKey) pair.getPublic()).getModulus().bitLength() / 8;
        if (wrapped.length <= k) {
            throw new InvalidCiphertextException();
        }
        byte[] aesKey = RsaOaep.decrypt(pair.getPrivate(), oaep, Arrays.copyOfRange(wrapped, 0, k));
        try {
            Cipher c = Cipher.getInstance("AES/KWP/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
            return c.doFinal(wrapped, k, wrapped.length - k);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidCiphertextException();
        } finally {
            Arrays.fill(aesKey, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "ImportWrappingKey[redacted]";
    }

    /** Unwrapped material and its fingerprint. */
    public record ImportedMaterial(KeyMaterial material, MaterialFingerprint fingerprint) {
    }
}
