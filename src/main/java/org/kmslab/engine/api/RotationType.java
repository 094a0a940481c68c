package org.kmslab.engine.api;

/** How a rotation was triggered (AWS {@code RotationType}). */
public enum RotationType implements WireEnum {
    AUTOMATIC("AUTOMATIC"),
    ON_DEMAND("ON_DEMAND");

    private final String wire;

    RotationType(String wire) {
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
    public static RotationType fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
