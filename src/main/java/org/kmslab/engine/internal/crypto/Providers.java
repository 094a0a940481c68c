package org.kmslab.engine.internal.crypto;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Signature;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A private Bouncy Castle instance, used by name only where the JDK lacks an algorithm (secp256k1 was removed from
 * SunEC in JDK 16; SM2 was never in it; ML-DSA arrived in JDK 24). It is never registered globally, so it cannot
 * change which provider other code gets. The {@code jdkFirst} helpers take the JDK's implementation when the running
 * JDK has one and Bouncy Castle's otherwise: the build targets Java 21, where ML-DSA is missing, and a key made by
 * one provider is always used with the same provider, because every helper falls back together.
 */
final class Providers {

    static final Provider BC = new BouncyCastleProvider();

    private Providers() {
    }

    static KeyPairGenerator keyPairGenerator(String algorithm) throws NoSuchAlgorithmException {
        try {
            return KeyPairGenerator.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            return KeyPairGenerator.getInstance(algorithm, BC);
        }
    }

    static KeyFactory keyFactory(String algorithm) throws NoSuchAlgorithmException {
        try {
            return KeyFactory.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            return KeyFactory.getInstance(algorithm, BC);
        }
    }

    static Signature signature(String algorithm) throws NoSuchAlgorithmException {
        try {
            return Signature.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            return Signature.getInstance(algorithm, BC);
        }
    }
}
