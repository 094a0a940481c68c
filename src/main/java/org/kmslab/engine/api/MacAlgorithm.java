package org.kmslab.engine.api;

/** HMAC algorithms (AWS {@code MacAlgorithmSpec}). */
public enum MacAlgorithm implements WireEnum {
    HMAC_SHA_224("HMAC_SHA_224"),
    HMAC_SHA_256("HMAC_SHA_256"),
    HMAC_SHA_384("HMAC_SHA_384"),
    HMAC_SHA_512("HMAC_SHA_512");

    private final String wire;

    MacAlgorithm(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /**
     * Parses an AWS wire string; null stays null.
     *
     * @throws org.kmslab.engine.exception.ValidationException in AWS's enum-constraint form
     */
    public static MacAlgorithm fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
