package org.kmslab.engine.internal.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.MacAlgorithm;
import org.kmslab.engine.exception.KMSInternalException;
import org.kmslab.engine.exception.KMSInvalidMacException;

/**
 * An HMAC key (HMAC_224/256/384/512). Promise: MACs are computed with the JDK provider and verified in constant
 * time; a failed verification throws {@link KMSInvalidMacException} and reveals nothing about the expected MAC.
 */
public final class HmacMaterial implements KeyMaterial {

    private final KeySpec spec;
    private final byte[] raw;

    private HmacMaterial(KeySpec spec, byte[] raw) {
        this.spec = spec;
        this.raw = raw;
    }

    /** Fresh material whose length equals the digest length, as AWS generates. */
    public static HmacMaterial generate(KeySpec spec) {
        return new HmacMaterial(spec, Rng.bytes(keyLength(spec)));
    }

    static HmacMaterial of(KeySpec spec, byte[] raw) {
        return new HmacMaterial(spec, raw.clone());
    }

    static int keyLength(KeySpec spec) {
        return switch (spec) {
            case HMAC_224 -> 28;
            case HMAC_256 -> 32;
            case HMAC_384 -> 48;
            case HMAC_512 -> 64;
            default -> throw new IllegalArgumentException(spec.wire());
        };
    }

    /** The MAC of {@code message}; the algorithm must already be checked against the spec. */
    public byte[] mac(MacAlgorithm algorithm, byte[] message) {
        try {
            String name = "Hmac" + algorithm.wire().substring("HMAC_".length()).replace("_", "");
            Mac mac = Mac.getInstance(name);
            mac.init(new SecretKeySpec(raw, name));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new KMSInternalException("HMAC computation failed");
        }
    }

    /** @throws KMSInvalidMacException when {@code expected} is not the MAC of {@code message} */
    public void verify(MacAlgorithm algorithm, byte[] message, byte[] expected) {
        if (!MessageDigest.isEqual(mac(algorithm, message), expected)) {
            throw new KMSInvalidMacException();
        }
    }

    byte[] raw() {
        return raw.clone();
    }

    @Override
    public KeySpec spec() {
        return spec;
    }

    @Override
    public String toString() {
        return "HmacMaterial[" + spec.wire() + ", redacted]";
    }
}
