package org.kmslab.engine.internal.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;

import org.kmslab.engine.api.EncryptionAlgorithm;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.MessageType;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.exception.KMSInternalException;

/**
 * An RSA or elliptic-curve key pair. Promise: the private key is used only to decrypt (RSA-OAEP) or sign inside this
 * package; only the public key leaves, as a DER SubjectPublicKeyInfo.
 */
public final class AsymmetricMaterial implements KeyMaterial {

    private final KeySpec spec;
    private final KeyPair pair;

    private AsymmetricMaterial(KeySpec spec, KeyPair pair) {
        this.spec = spec;
        this.pair = pair;
    }

    /** A fresh key pair for an RSA_* or ECC_* spec. */
    public static AsymmetricMaterial generate(KeySpec spec) {
        return new AsymmetricMaterial(spec, generatePair(spec));
    }

    static KeyPair generatePair(KeySpec spec) {
        try {
            KeyPairGenerator g;
            switch (spec) {
                case RSA_2048, RSA_3072, RSA_4096 -> {
                    g = KeyPairGenerator.getInstance("RSA");
                    int bits = Integer.parseInt(spec.wire().substring(4));
                    g.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), Rng.secureRandom());
                }
                case ECC_SECG_P256K1 -> {
                    g = KeyPairGenerator.getInstance("EC", Providers.BC);
                    g.initialize(new ECGenParameterSpec("secp256k1"), Rng.secureRandom());
                }
                case ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521 -> {
                    g = KeyPairGenerator.getInstance("EC");
                    g.initialize(new ECGenParameterSpec("secp" + spec.wire().substring(10) + "r1"), Rng.secureRandom());
                }
                default -> throw new IllegalArgumentException("not asymmetric: " + spec.wire());
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new KMSInternalException("key pair generation failed");
        }
    }

    /** Material from a PKCS#8 private key (imports and state restore); null if it does not fit the spec. */
    static AsymmetricMaterial fromPkcs8(KeySpec spec, byte[] pkcs8) {
        try {
            boolean rsa = spec.wire().startsWith("RSA_");
            KeyFactory kf = rsa ? KeyFactory.getInstance("RSA")
                    : spec == KeySpec.ECC_SECG_P256K1 ? KeyFactory.getInstance("EC", Providers.BC)
                    : KeyFactory.getInstance("EC");
            PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            PublicKey pub = derivePublic(spec, priv, kf);
            return pub == null ? null : new AsymmetricMaterial(spec, new KeyPair(pub, priv));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private static PublicKey derivePublic(KeySpec spec, PrivateKey priv, KeyFactory kf)
            throws GeneralSecurityException {
        if (priv instanceof RSAPrivateCrtKey rsa) {
            if (rsa.getModulus().bitLength() != Integer.parseInt(spec.wire().substring(4))) {
                return null;
            }
            return kf.generatePublic(new java.security.spec.RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        }
        if (priv instanceof ECPrivateKey ec) {
            byte[] spki = EcPublicKeys.fromPrivate(spec, ec);
            return spki == null ? null : kf.generatePublic(new X509EncodedKeySpec(spki));
        }
        return null;
    }

    /** DER-encoded SubjectPublicKeyInfo, as GetPublicKey returns. */
    public byte[] publicKeyDer() {
        return pair.getPublic().getEncoded();
    }

    /** RSA-OAEP encryption with the public key (what an offline client would do). */
    public byte[] encrypt(EncryptionAlgorithm algorithm, byte[] plaintext) {
        return RsaOaep.encrypt(pair.getPublic(), algorithm, plaintext);
    }

    /** @throws org.kmslab.engine.exception.InvalidCiphertextException when the OAEP padding does not check */
    public byte[] decrypt(EncryptionAlgorithm algorithm, byte[] ciphertext) {
        return RsaOaep.decrypt(pair.getPrivate(), algorithm, ciphertext);
    }

    /** Signs a message or a digest; the algorithm and digest length must already be validated. */
    public byte[] sign(SigningAlgorithm algorithm, MessageType type, byte[] message) {
        return Signatures.sign(spec, pair.getPrivate(), algorithm, type, message);
    }

    /** True when {@code signature} verifies for the message or digest. */
    public boolean verify(SigningAlgorithm algorithm, MessageType type, byte[] message, byte[] signature) {
        return Signatures.verify(spec, pair.getPublic(), algorithm, type, message, signature);
    }

    byte[] privatePkcs8() {
        return pair.getPrivate().getEncoded();
    }

    @Override
    public KeySpec spec() {
        return spec;
    }

    @Override
    public String toString() {
        return "AsymmetricMaterial[" + spec.wire() + ", redacted]";
    }
}
