package org.kmslab.engine.api;

/** Where the key material comes from (AWS {@code OriginType}). */
public enum Origin implements WireEnum {
    AWS_KMS("AWS_KMS"),
    EXTERNAL("EXTERNAL"),
    AWS_CLOUDHSM("AWS_CLOUDHSM"),
    EXTERNAL_KEY_STORE("EXTERNAL_KEY_STORE");

    private final String wire;

    Origin(String wire) {
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
    public static Origin fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
