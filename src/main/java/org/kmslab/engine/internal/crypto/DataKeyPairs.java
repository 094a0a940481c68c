package org.kmslab.engine.internal.crypto;

import java.security.KeyPair;

import org.kmslab.engine.api.KeySpec;

/**
 * Fresh key pairs for GenerateDataKeyPair. Promise: the private key leaves only as the PKCS#8 bytes the caller
 * asked for (the plaintext data key), and the engine never keeps it.
 */
public final class DataKeyPairs {

    private DataKeyPairs() {
    }

    /** A PKCS#8 private key and its DER SubjectPublicKeyInfo. */
    public record Generated(byte[] privateKeyPkcs8, byte[] publicKeyDer) {
        @Override
        public String toString() {
            return "Generated[private key redacted]";
        }
    }

    public static Generated generate(KeySpec spec) {
        KeyPair pair = AsymmetricMaterial.generatePair(spec);
        return new Generated(pair.getPrivate().getEncoded(), pair.getPublic().getEncoded());
    }
}
