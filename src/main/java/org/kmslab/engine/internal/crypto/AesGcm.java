package org.kmslab.engine.internal.crypto;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.kmslab.engine.exception.InvalidCiphertextException;
import org.kmslab.engine.exception.KMSInternalException;

/**
 * AES-GCM through the JDK provider (SunJCE), fed in 32 KiB {@code update()} chunks: that path is several times faster
 * than one-shot {@code doFinal} on large buffers. Promise: {@link #open} returns plaintext only after the tag has
 * been verified; on any failure it throws {@link InvalidCiphertextException} and releases nothing.
 */
final class AesGcm {

    static final int IV_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    private static final int CHUNK = 32 * 1024;
    /**
     * One Cipher per thread, re-initialised for every message: {@code Cipher.getInstance} walks the provider list
     * and cost about a fifth of a small Encrypt (docs/benchmarks.md). {@code init} resets all state, so nothing
     * of one message reaches the next.
     */
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(AesGcm::newCipher);

    private AesGcm() {
    }

    static byte[] seal(SecretKey key, byte[] iv, byte[] plaintext, byte[] aad) {
        try {
            Cipher c = CIPHER.get();
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, iv));
            return run(c, plaintext, aad);
        } catch (GeneralSecurityException e) {
            throw new KMSInternalException("AES-GCM encryption failed");
        }
    }

    static byte[] open(SecretKey key, byte[] iv, byte[] ciphertextAndTag, byte[] aad) {
        if (iv.length != IV_LENGTH || ciphertextAndTag.length < TAG_LENGTH) {
            throw new InvalidCiphertextException();
        }
        try {
            Cipher c = CIPHER.get();
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, iv));
            return run(c, ciphertextAndTag, aad);
        } catch (AEADBadTagException e) {
            throw new InvalidCiphertextException();
        } catch (GeneralSecurityException e) {
            throw new InvalidCiphertextException();
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no AES/GCM/NoPadding", e);
        }
    }

    /** Decrypt-mode SunJCE buffers until doFinal verifies the tag, so nothing escapes before verification. */
    private static byte[] run(Cipher c, byte[] input, byte[] aad) throws GeneralSecurityException {
        c.updateAAD(aad);
        if (input.length <= CHUNK) {
            return c.doFinal(input);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + TAG_LENGTH);
        for (int off = 0; off < input.length; off += CHUNK) {
            byte[] part = c.update(input, off, Math.min(CHUNK, input.length - off));
            if (part != null) {
                out.writeBytes(part);
            }
        }
        out.writeBytes(c.doFinal());
        return out.toByteArray();
    }
}
