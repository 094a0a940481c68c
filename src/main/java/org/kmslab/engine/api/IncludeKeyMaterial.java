package org.kmslab.engine.api;

/** What ListKeyRotations lists (AWS {@code IncludeKeyMaterial}). */
public enum IncludeKeyMaterial implements WireEnum {
    ALL_KEY_MATERIAL("ALL_KEY_MATERIAL"),
    ROTATIONS_ONLY("ROTATIONS_ONLY");

    private final String wire;

    IncludeKeyMaterial(String wire) {
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
    public static IncludeKeyMaterial fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
