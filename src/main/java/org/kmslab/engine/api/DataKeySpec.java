package org.kmslab.engine.api;

/** Data key sizes for GenerateDataKey (AWS {@code DataKeySpec}). */
public enum DataKeySpec implements WireEnum {
    AES_256("AES_256"),
    AES_128("AES_128");

    private final String wire;

    DataKeySpec(String wire) {
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
    public static DataKeySpec fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
