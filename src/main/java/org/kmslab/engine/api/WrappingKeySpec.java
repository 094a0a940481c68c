package org.kmslab.engine.api;

/** RSA wrapping key sizes for GetParametersForImport (AWS {@code WrappingKeySpec}). */
public enum WrappingKeySpec implements WireEnum {
    RSA_2048("RSA_2048"),
    RSA_3072("RSA_3072"),
    RSA_4096("RSA_4096"),
    SM2("SM2");

    private final String wire;

    WrappingKeySpec(String wire) {
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
    public static WrappingKeySpec fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
