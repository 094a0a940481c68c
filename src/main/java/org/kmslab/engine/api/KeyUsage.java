package org.kmslab.engine.api;

/** What a key may be used for (AWS {@code KeyUsageType}). */
public enum KeyUsage implements WireEnum {
    SIGN_VERIFY("SIGN_VERIFY"),
    ENCRYPT_DECRYPT("ENCRYPT_DECRYPT"),
    GENERATE_VERIFY_MAC("GENERATE_VERIFY_MAC"),
    KEY_AGREEMENT("KEY_AGREEMENT");

    private final String wire;

    KeyUsage(String wire) {
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
    public static KeyUsage fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
