package org.kmslab.engine.api;

/** Role of one material version (AWS {@code KeyMaterialState}). */
public enum KeyMaterialState implements WireEnum {
    NON_CURRENT("NON_CURRENT"),
    CURRENT("CURRENT"),
    PENDING_ROTATION("PENDING_ROTATION"),
    PENDING_MULTI_REGION_IMPORT_AND_ROTATION("PENDING_MULTI_REGION_IMPORT_AND_ROTATION");

    private final String wire;

    KeyMaterialState(String wire) {
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
    public static KeyMaterialState fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
