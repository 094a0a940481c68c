package org.kmslab.engine.api;

/** AWS {@code GenerateRandom} response. {@code toString()} redacts the bytes. */
public record GenerateRandomResult(byte[] plaintext) {

    @Override
    public String toString() {
        return "GenerateRandomResult["
                + "plaintext=" + Redact.bytes(plaintext)
                + "]";
    }
}
