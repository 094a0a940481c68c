package org.kmslab.engine.internal.crypto;

import java.security.KeyPair;

import org.kmslab.engine.api.EncryptionAlgorithm;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.api.MessageType;
import org.kmslab.engine.api.SigningAlgorithm;

/**
 * An RSA, elliptic-curve (NIST, secp256k1, SM2), Ed25519 or ML-DSA key pair. Promise: the private key is used only
 * to decrypt, sign or derive a shared secret inside this package; only the public key leaves, as a DER
 * SubjectPublicKeyInfo.
 */
public final class AsymmetricMaterial implements KeyMaterial {

    private final KeySpec spec;
    private final KeyPair pair;

    private AsymmetricMaterial(KeySpec spec, KeyPair pair) {
        this.spec = spec;
        this.pair = pair;
    }

    /** A fresh key pair for an asymmetric spec. */
    public static AsymmetricMaterial generate(KeySpec spec) {
        return new AsymmetricMaterial(spec, generatePair(spec));
    }

    static KeyPair generatePair(KeySpec spec) {
        return KeyPairs.generate(spec);
    }

    /** Material from a PKCS#8 private key (imports and state restore); null if it does not fit the spec. */
    static AsymmetricMaterial fromPkcs8(KeySpec spec, byte[] pkcs8) {
        KeyPair pair = KeyPairs.fromPkcs8(spec, pkcs8);
        return pair == null ? null : new AsymmetricMaterial(spec, pair);
    }

    /** DER-encoded SubjectPublicKeyInfo, as GetPublicKey returns. */
    public byte[] publicKeyDer() {
        return pair.getPublic().getEncoded();
    }

    /** RSA-OAEP or SM2PKE encryption with the public key (what an offline client would do). */
    public byte[] encrypt(EncryptionAlgorithm algorithm, byte[] plaintext) {
        return algorithm == EncryptionAlgorithm.SM2PKE ? Sm2.encrypt(pair.getPublic(), plaintext)
                : RsaOaep.encrypt(pair.getPublic(), algorithm, plaintext);
    }

    /** @throws org.kmslab.engine.exception.InvalidCiphertextException when the ciphertext does not open */
    public byte[] decrypt(EncryptionAlgorithm algorithm, byte[] ciphertext) {
        return algorithm == EncryptionAlgorithm.SM2PKE ? Sm2.decrypt(pair.getPrivate(), ciphertext)
                : RsaOaep.decrypt(pair.getPrivate(), algorithm, ciphertext);
    }

    /** Signs a message, digest or μ; the algorithm, message type and length must already be validated. */
    public byte[] sign(SigningAlgorithm algorithm, MessageType type, byte[] message) {
        if (spec == KeySpec.SM2) {
            return Sm2.sign(pair.getPrivate(), type == MessageType.DIGEST, message);
        }
        if (spec == KeySpec.ECC_NIST_EDWARDS25519 || KeySpecs.isMlDsa(spec)) {
            return EdMlDsaSignatures.sign(pair.getPrivate(), algorithm, type, message);
        }
        return Signatures.sign(spec, pair.getPrivate(), algorithm, type, message);
    }

    /** True when {@code signature} verifies for the message, digest or μ. */
    public boolean verify(SigningAlgorithm algorithm, MessageType type, byte[] message, byte[] signature) {
        if (spec == KeySpec.SM2) {
            return Sm2.verify(pair.getPublic(), type == MessageType.DIGEST, message, signature);
        }
        if (spec == KeySpec.ECC_NIST_EDWARDS25519 || KeySpecs.isMlDsa(spec)) {
            return EdMlDsaSignatures.verify(pair.getPublic(), algorithm, type, message, signature);
        }
        return Signatures.verify(spec, pair.getPublic(), algorithm, type, message, signature);
    }

    /**
     * ECDH with the peer's DER SubjectPublicKeyInfo; null when the peer key is not a valid point on this key's curve.
     * The secret is returned to the caller, as DeriveSharedSecret does, and never kept.
     */
    public byte[] deriveSharedSecret(byte[] peerPublicKeyDer) {
        return Ecdh.derive(spec, pair.getPrivate(), publicKeyDer(), peerPublicKeyDer);
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
