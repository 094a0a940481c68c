package org.kmslab.engine.api;

/** The kind of custom key store (AWS {@code CustomKeyStoreType}). */
public enum CustomKeyStoreType implements WireEnum {
    AWS_CLOUDHSM("AWS_CLOUDHSM"),
    EXTERNAL_KEY_STORE("EXTERNAL_KEY_STORE");

    private final String wire;

    CustomKeyStoreType(String wire) {
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
    public static CustomKeyStoreType fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
