package org.kmslab.engine.internal.crypto;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.kmslab.engine.api.KeySpec;

/**
 * A 256-bit AES key for SYMMETRIC_DEFAULT keys. Promise: authenticated encryption (AES-256-GCM) of up to a few MB
 * with caller-chosen AAD; decryption never returns plaintext whose tag, IV or AAD do not match.
 */
public final class SymmetricMaterial implements KeyMaterial {

    static final int LENGTH = 32;
    private final SecretKey key;

    private SymmetricMaterial(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** Fresh random material. */
    public static SymmetricMaterial generate() {
        return new SymmetricMaterial(Rng.bytes(LENGTH));
    }

    /** Material from raw bytes (imports and state restore); the array is copied. */
    static SymmetricMaterial of(byte[] raw) {
        return new SymmetricMaterial(raw.clone());
    }

    /** Returns ciphertext followed by the 16-byte tag. */
    public byte[] seal(byte[] iv, byte[] plaintext, byte[] aad) {
        return AesGcm.seal(key, iv, plaintext, aad);
    }

    /** @throws org.kmslab.engine.exception.InvalidCiphertextException if anything does not authenticate */
    public byte[] open(byte[] iv, byte[] ciphertextAndTag, byte[] aad) {
        return AesGcm.open(key, iv, ciphertextAndTag, aad);
    }

    byte[] raw() {
        return key.getEncoded();
    }

    @Override
    public KeySpec spec() {
        return KeySpec.SYMMETRIC_DEFAULT;
    }

    @Override
    public String toString() {
        return "SymmetricMaterial[redacted]";
    }
}
