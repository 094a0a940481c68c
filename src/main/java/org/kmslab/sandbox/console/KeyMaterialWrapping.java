package org.kmslab.sandbox.console;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps key material for ImportKeyMaterial under the public key of GetParametersForImport, as the learner would with
 * OpenSSL (https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-encrypt-key-material.html):
 * <ul>
 * <li>{@code RSAES_OAEP_SHA_1} / {@code RSAES_OAEP_SHA_256}: RSA-OAEP with that hash for both OAEP and MGF1, empty
 *     label;</li>
 * <li>{@code RSA_AES_KEY_WRAP_SHA_1} / {@code RSA_AES_KEY_WRAP_SHA_256}: a fresh 256-bit AES key wrapped with
 *     RSA-OAEP (same hash rules), followed by the material wrapped under that AES key with AES key wrap with
 *     padding (RFC 5649).</li>
 * </ul>
 */
final class KeyMaterialWrapping {

    static final java.util.List<String> ALGORITHMS = java.util.List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256",
            "RSA_AES_KEY_WRAP_SHA_1", "RSA_AES_KEY_WRAP_SHA_256");
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterialWrapping() {}

    /** The wrapped material; {@link IllegalArgumentException} with a learner-readable reason on bad input. */
    static byte[] wrap(byte[] material, byte[] publicKeyDer, String algorithm) {
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("Unknown wrapping algorithm " + algorithm + ". Choose one of "
                    + String.join(", ", ALGORITHMS) + ".");
        }
        PublicKey key = publicKey(publicKeyDer);
        boolean sha1 = algorithm.endsWith("SHA_1");
        try {
            if (algorithm.startsWith("RSAES_OAEP")) {
                int max = ((RSAPublicKey) key).getModulus().bitLength() / 8 - 2 * (sha1 ? 20 : 32) - 2;
                if (material.length > max) {
                    throw new IllegalArgumentException(algorithm + " under this key wraps at most " + max
                            + " bytes; the material is " + material.length + " bytes. Use RSA_AES_KEY_WRAP_SHA_256 "
                            + "for larger material.");
                }
                return oaep(key, sha1, material);
            }
            byte[] aesKey = new byte[32];
            RANDOM.nextBytes(aesKey);
            try {
                byte[] wrappedKey = oaep(key, sha1, aesKey);
                Cipher kwp = Cipher.getInstance("AES/KWP/NoPadding");
                kwp.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
                byte[] wrappedMaterial = kwp.doFinal(material);
                byte[] out = Arrays.copyOf(wrappedKey, wrappedKey.length + wrappedMaterial.length);
                System.arraycopy(wrappedMaterial, 0, out, wrappedKey.length, wrappedMaterial.length);
                return out;
            } finally {
                Arrays.fill(aesKey, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key wrapping failed", e);
        }
    }

    /** The modulus size of a DER SubjectPublicKeyInfo RSA key, in bits. */
    static int bits(byte[] publicKeyDer) {
        return ((RSAPublicKey) publicKey(publicKeyDer)).getModulus().bitLength();
    }

    private static byte[] oaep(PublicKey key, boolean sha1, byte[] data) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
        c.init(Cipher.ENCRYPT_MODE, key, sha1
                ? new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT)
                : new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT),
                RANDOM);
        return c.doFinal(data);
    }

    private static PublicKey publicKey(byte[] der) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("The public key is not a DER-encoded RSA public key: pass the "
                    + "PublicKey value that get-parameters-for-import printed.");
        }
    }
}
