package org.kmslab.engine.api;

/** Renders secret-bearing fields in {@code toString()} as a length only. */
final class Redact {

    private Redact() {
    }

    static String bytes(byte[] b) {
        return b == null ? "null" : "<" + b.length + " bytes, redacted>";
    }

    static String length(byte[] b) {
        return b == null ? "null" : "<" + b.length + " bytes>";
    }
}
