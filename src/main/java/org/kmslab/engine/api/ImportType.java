package org.kmslab.engine.api;

/** Whether an import brings new or existing material (AWS {@code ImportType}). */
public enum ImportType implements WireEnum {
    NEW_KEY_MATERIAL("NEW_KEY_MATERIAL"),
    EXISTING_KEY_MATERIAL("EXISTING_KEY_MATERIAL");

    private final String wire;

    ImportType(String wire) {
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
    public static ImportType fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
