package org.kmslab.sandbox.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM sealing of small secrets (secret access keys, the root key check) under one derived key. A sealed
 * value is {@code nonce (12 bytes) || ciphertext || tag (16 bytes)}; the random nonce is fresh for every seal, and
 * the associated data binds a value to the row it belongs to, so a sealed secret copied to another row does not open.
 */
final class SecretBox {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    byte[] seal(byte[] plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            gcm.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] body = gcm.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE + body.length).put(nonce).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /**
     * The plaintext of a sealed value.
     *
     * @throws WrongKeyException when the value does not open: another key, another row, or damaged bytes
     */
    byte[] open(byte[] sealed, String associatedData) {
        if (sealed == null || sealed.length < NONCE + TAG_BITS / 8) {
            throw new WrongKeyException();
        }
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            gcm.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return gcm.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (AEADBadTagException e) {
            throw new WrongKeyException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** A sealed value did not open. */
    static final class WrongKeyException extends RuntimeException {
        WrongKeyException() {
            super("sealed value does not open under this key", null, false, false);
        }
    }
}
