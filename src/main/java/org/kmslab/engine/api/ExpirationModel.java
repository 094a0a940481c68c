package org.kmslab.engine.api;

/** Whether imported key material expires (AWS {@code ExpirationModelType}). */
public enum ExpirationModel implements WireEnum {
    KEY_MATERIAL_EXPIRES("KEY_MATERIAL_EXPIRES"),
    KEY_MATERIAL_DOES_NOT_EXPIRE("KEY_MATERIAL_DOES_NOT_EXPIRE");

    private final String wire;

    ExpirationModel(String wire) {
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
    public static ExpirationModel fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
