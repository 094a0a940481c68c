package org.kmslab.engine.api;

/** AWS {@code GenerateRandom} request. */
public record GenerateRandomRequest(Integer numberOfBytes, String customKeyStoreId) {

    public static GenerateRandomRequest of(Integer numberOfBytes) {
        return new GenerateRandomRequest(numberOfBytes, null);
    }
}
