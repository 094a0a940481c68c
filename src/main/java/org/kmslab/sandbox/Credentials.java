package org.kmslab.sandbox;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * An AWS-style access key pair: an access key id ({@code AKIA} + 16 upper-case letters and digits) and a 40-character
 * secret access key, both drawn from {@link SecureRandom}. {@link #toString()} never shows the secret, so a
 * credential that ends up in a log line leaks nothing that signs requests.
 */
public record Credentials(String accessKeyId, String secretAccessKey) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public Credentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    /** A fresh, random key pair. */
    public static Credentials generate() {
        return new Credentials("AKIA" + random(KEY_ID_ALPHABET, 16), random(SECRET_ALPHABET, 40));
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=(redacted)]";
    }
}
