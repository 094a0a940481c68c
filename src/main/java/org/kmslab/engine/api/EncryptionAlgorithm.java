package org.kmslab.engine.api;

/** Encryption algorithms (AWS {@code EncryptionAlgorithmSpec}). */
public enum EncryptionAlgorithm implements WireEnum {
    SYMMETRIC_DEFAULT("SYMMETRIC_DEFAULT"),
    RSAES_OAEP_SHA_1("RSAES_OAEP_SHA_1"),
    RSAES_OAEP_SHA_256("RSAES_OAEP_SHA_256"),
    SM2PKE("SM2PKE");

    private final String wire;

    EncryptionAlgorithm(String wire) {
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
    public static EncryptionAlgorithm fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
