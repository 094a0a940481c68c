package org.kmslab.engine.internal.crypto;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 root key that wraps key material in exported engine state. Promise: material is written only as
 * AES-256-GCM ciphertext under this key, bound (as AAD) to the key id and material id it belongs to, so a wrapped
 * blob cannot be moved to another key or version unnoticed.
 */
public final class StateKey {

    private final SecretKey key;

    private StateKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
    }

    public static StateKey generate() {
        return new StateKey(Rng.bytes(32));
    }

    /** @throws IllegalArgumentException unless {@code raw} is 32 bytes */
    public static StateKey of(byte[] raw) {
        if (raw == null || raw.length != 32) {
            throw new IllegalArgumentException("a state wrapping key is 32 bytes");
        }
        return new StateKey(raw.clone());
    }

    /** The raw key, for the caller that must persist it next to (never inside) the state. */
    public byte[] raw() {
        return key.getEncoded();
    }

    byte[] seal(byte[] plaintext, byte[] aad) {
        byte[] iv = Rng.bytes(AesGcm.IV_LENGTH);
        byte[] sealed = AesGcm.seal(key, iv, plaintext, aad);
        byte[] out = new byte[iv.length + sealed.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(sealed, 0, out, iv.length, sealed.length);
        return out;
    }

    byte[] open(byte[] wrapped, byte[] aad) {
        if (wrapped.length < AesGcm.IV_LENGTH + AesGcm.TAG_LENGTH) {
            throw new IllegalArgumentException("wrapped material is truncated");
        }
        byte[] iv = java.util.Arrays.copyOf(wrapped, AesGcm.IV_LENGTH);
        byte[] sealed = java.util.Arrays.copyOfRange(wrapped, AesGcm.IV_LENGTH, wrapped.length);
        return AesGcm.open(key, iv, sealed, aad);
    }

    @Override
    public String toString() {
        return "StateKey[redacted]";
    }
}
