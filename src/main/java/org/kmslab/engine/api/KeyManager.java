package org.kmslab.engine.api;

/** Who manages a key (AWS {@code KeyManagerType}). */
public enum KeyManager implements WireEnum {
    AWS("AWS"),
    CUSTOMER("CUSTOMER");

    private final String wire;

    KeyManager(String wire) {
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
    public static KeyManager fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
