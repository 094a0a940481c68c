package org.kmslab.engine.api;

/** Key agreement algorithms (AWS {@code KeyAgreementAlgorithmSpec}): ECDH, the only one. */
public enum KeyAgreementAlgorithm implements WireEnum {
    ECDH("ECDH");

    private final String wire;

    KeyAgreementAlgorithm(String wire) {
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
    public static KeyAgreementAlgorithm fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
