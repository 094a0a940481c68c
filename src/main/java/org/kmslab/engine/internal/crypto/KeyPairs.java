package org.kmslab.engine.internal.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.exception.KMSInternalException;

/**
 * Key pairs for every asymmetric key spec: fresh ones, and ones rebuilt from a PKCS#8 private key (imports and state
 * restore), whose public half is derived here because PKCS#8 need not carry it. RSA, NIST curves and Ed25519 come
 * from the JDK; secp256k1 and SM2 from Bouncy Castle; ML-DSA from the JDK when it has it (JDK 24+), else Bouncy
 * Castle ({@link Providers}).
 */
final class KeyPairs {

    private KeyPairs() {
    }

    static KeyPair generate(KeySpec spec) {
        try {
            KeyPairGenerator g;
            switch (spec) {
                case RSA_2048, RSA_3072, RSA_4096 -> {
                    g = KeyPairGenerator.getInstance("RSA");
                    int bits = Integer.parseInt(spec.wire().substring(4));
                    g.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), Rng.secureRandom());
                }
                case ECC_SECG_P256K1, SM2 -> {
                    g = KeyPairGenerator.getInstance("EC", Providers.BC);
                    g.initialize(new ECGenParameterSpec(spec == KeySpec.SM2 ? "sm2p256v1" : "secp256k1"),
                            Rng.secureRandom());
                }
                case ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521 -> {
                    g = KeyPairGenerator.getInstance("EC");
                    g.initialize(new ECGenParameterSpec("secp" + spec.wire().substring(10) + "r1"), Rng.secureRandom());
                }
                case ECC_NIST_EDWARDS25519 -> {
                    g = KeyPairGenerator.getInstance("Ed25519");
                    g.initialize(255, Rng.secureRandom());
                }
                case ML_DSA_44, ML_DSA_65, ML_DSA_87 -> {
                    g = Providers.keyPairGenerator(mlDsaName(spec));
                    g.initialize(new NamedParameterSpec(mlDsaName(spec)), Rng.secureRandom());
                }
                default -> throw new IllegalArgumentException("not asymmetric: " + spec.wire());
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new KMSInternalException("key pair generation failed");
        }
    }

    /** A key pair from a PKCS#8 private key; null if it does not fit the spec. */
    static KeyPair fromPkcs8(KeySpec spec, byte[] pkcs8) {
        try {
            KeyFactory kf = keyFactory(spec);
            PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            byte[] spki = publicFromPrivate(spec, priv, pkcs8);
            if (spki == null) {
                return null;
            }
            PublicKey pub = kf.generatePublic(new X509EncodedKeySpec(spki));
            return new KeyPair(pub, priv);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The key factory that reads this spec's keys (the same provider that made them). */
    static KeyFactory keyFactory(KeySpec spec) throws GeneralSecurityException {
        if (KeySpecs.isRsa(spec)) {
            return KeyFactory.getInstance("RSA");
        }
        return switch (spec) {
            case ECC_SECG_P256K1, SM2 -> KeyFactory.getInstance("EC", Providers.BC);
            case ECC_NIST_EDWARDS25519 -> KeyFactory.getInstance("Ed25519");
            case ML_DSA_44, ML_DSA_65, ML_DSA_87 -> Providers.keyFactory("ML-DSA");
            default -> KeyFactory.getInstance("EC");
        };
    }

    /** The JCA name of an ML-DSA parameter set, e.g. {@code ML-DSA-65}. */
    static String mlDsaName(KeySpec spec) {
        return spec.wire().replace('_', '-');
    }

    private static byte[] publicFromPrivate(KeySpec spec, PrivateKey priv, byte[] pkcs8)
            throws GeneralSecurityException, IOException {
        if (priv instanceof RSAPrivateCrtKey rsa) {
            if (!KeySpecs.isRsa(spec) || rsa.getModulus().bitLength() != Integer.parseInt(spec.wire().substring(4))) {
                return null;
            }
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent())).getEncoded();
        }
        if (priv instanceof ECPrivateKey ec) {
            return EcPublicKeys.fromPrivate(spec, ec);
        }
        AsymmetricKeyParameter bc = PrivateKeyFactory.createKey(pkcs8);
        if (spec == KeySpec.ECC_NIST_EDWARDS25519 && bc instanceof Ed25519PrivateKeyParameters ed) {
            return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(ed.generatePublicKey()).getEncoded();
        }
        if (KeySpecs.isMlDsa(spec) && bc instanceof MLDSAPrivateKeyParameters ml
                && ml.getParameters().getName().equalsIgnoreCase(mlDsaName(spec))) {
            return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(ml.getPublicKeyParameters()).getEncoded();
        }
        return null;
    }
}
