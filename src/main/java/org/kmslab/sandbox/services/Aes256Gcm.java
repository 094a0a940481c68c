package org.kmslab.sandbox.services;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a data key, as a program or a service would use a KMS data key: a fresh random 12-byte IV per
 * message and the layout {@code IV (12) || ciphertext || tag (16)}. Encryption goes through the JDK provider in 64 KiB
 * {@code update()} chunks (the fast path, see STYLE.md); decryption is one {@code doFinal}, because the JDK buffers
 * decrypt-mode updates until the tag anyway. Promise: {@link #decrypt} returns plaintext only after the
 * tag has been verified; a wrong key or any changed byte raises {@link TagMismatchException} and releases nothing.
 */
public final class Aes256Gcm {

    public static final int KEY_BYTES = 32;
    public static final int IV_BYTES = 12;
    public static final int TAG_BYTES = 16;
    private static final int CHUNK = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aes256Gcm() {}

    /** Encrypts under a 32-byte key with a fresh IV; returns {@code IV || ciphertext || tag}. */
    public static byte[] encrypt(byte[] key, byte[] plaintext, byte[] aad) {
        checkKey(key);
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] out = new byte[IV_BYTES + plaintext.length + TAG_BYTES];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, key, iv, aad);
            int written = IV_BYTES;
            for (int off = 0; off < plaintext.length; off += CHUNK) {
                written += c.update(plaintext, off, Math.min(CHUNK, plaintext.length - off), out, written);
            }
            c.doFinal(out, written);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** Verifies and decrypts {@code IV || ciphertext || tag}. */
    public static byte[] decrypt(byte[] key, byte[] blob, byte[] aad) {
        checkKey(key);
        if (blob.length < IV_BYTES + TAG_BYTES) {
            throw new TagMismatchException("The input is " + blob.length + " bytes, shorter than an IV and a tag ("
                    + (IV_BYTES + TAG_BYTES) + " bytes): it is not AES-GCM output.");
        }
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(blob, IV_BYTES), aad);
            // One doFinal over the whole input: SunJCE holds decrypt-mode update() input back in a growing buffer
            // until the tag is checked, which for a 1 GiB file cost two extra copies and ran out of a 6 GiB heap
            // (docs/benchmarks.md). doFinal checks the tag and writes nothing usable on a mismatch.
            byte[] out = new byte[blob.length - IV_BYTES - TAG_BYTES];
            int written = c.doFinal(blob, IV_BYTES, blob.length - IV_BYTES, out, 0);
            return written == out.length ? out : java.util.Arrays.copyOf(out, written);
        } catch (AEADBadTagException e) {
            throw new TagMismatchException("The authentication tag does not match: wrong data key, or the file was "
                    + "changed. Nothing was written.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, byte[] aad) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, iv));
        if (aad != null && aad.length > 0) {
            c.updateAAD(aad);
        }
        return c;
    }

    private static void checkKey(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An AES-256 key is exactly 32 bytes; this one is "
                    + (key == null ? 0 : key.length) + " bytes.");
        }
    }

    /** The tag did not verify: the key is wrong or the data changed. */
    public static final class TagMismatchException extends RuntimeException {
        public TagMismatchException(String message) {
            super(message, null, false, false);
        }
    }
}
