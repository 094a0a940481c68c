package org.kmslab.api.xks;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * The spec's Ciphertext Data Integrity Value: SHA-256 over
 * {@code additionalAuthenticatedData ‖ ciphertextMetadata ‖ initializationVector ‖ ciphertext ‖ authenticationTag}
 * (absent members count as empty), which the proxy returns and KMS recomputes before it trusts an encryption.
 */
final class Cdiv {

    private Cdiv() {
    }

    static byte[] of(byte[]... parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                if (p != null) {
                    d.update(p);
                }
            }
            return d.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
