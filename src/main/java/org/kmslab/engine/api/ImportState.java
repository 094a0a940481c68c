package org.kmslab.engine.api;

/** Whether a material version is present (AWS {@code ImportState}). */
public enum ImportState implements WireEnum {
    IMPORTED("IMPORTED"),
    PENDING_IMPORT("PENDING_IMPORT");

    private final String wire;

    ImportState(String wire) {
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
    public static ImportState fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
