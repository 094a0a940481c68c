package org.kmslab.engine.api;

/** Wrapping algorithms for imported key material (AWS {@code AlgorithmSpec}). */
public enum AlgorithmSpec implements WireEnum {
    RSAES_PKCS1_V1_5("RSAES_PKCS1_V1_5"),
    RSAES_OAEP_SHA_1("RSAES_OAEP_SHA_1"),
    RSAES_OAEP_SHA_256("RSAES_OAEP_SHA_256"),
    RSA_AES_KEY_WRAP_SHA_1("RSA_AES_KEY_WRAP_SHA_1"),
    RSA_AES_KEY_WRAP_SHA_256("RSA_AES_KEY_WRAP_SHA_256"),
    SM2PKE("SM2PKE");

    private final String wire;

    AlgorithmSpec(String wire) {
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
    public static AlgorithmSpec fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
