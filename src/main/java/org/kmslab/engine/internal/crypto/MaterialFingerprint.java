package org.kmslab.engine.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.kmslab.engine.exception.KMSInternalException;

/**
 * A one-way fingerprint of imported material, bound to its key id, kept after the material itself is deleted so
 * that a re-import can be checked to be the same material (AWS: "you can reimport the same key material").
 * Promise: the fingerprint does not reveal the material (SHA-256 of a 128+-bit secret with a domain prefix) and is
 * compared in constant time.
 */
public final class MaterialFingerprint {

    private static final byte[] DOMAIN = "KMS Lab imported material fingerprint v1".getBytes(StandardCharsets.US_ASCII);
    private final byte[] digest;

    private MaterialFingerprint(byte[] digest) {
        this.digest = digest;
    }

    static MaterialFingerprint of(String keyId, byte[] raw) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(DOMAIN);
            md.update(keyId.getBytes(StandardCharsets.US_ASCII));
            md.update(raw);
            return new MaterialFingerprint(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new KMSInternalException("SHA-256 unavailable");
        }
    }

    static MaterialFingerprint restore(byte[] digest) {
        return new MaterialFingerprint(digest.clone());
    }

    byte[] digest() {
        return digest.clone();
    }

    /** Constant-time comparison. */
    public boolean matches(MaterialFingerprint other) {
        return other != null && MessageDigest.isEqual(digest, other.digest);
    }

    @Override
    public String toString() {
        return "MaterialFingerprint[redacted]";
    }
}
