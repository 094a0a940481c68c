package org.kmslab.engine.api;

/** Signing algorithms (AWS {@code SigningAlgorithmSpec}). */
public enum SigningAlgorithm implements WireEnum {
    RSASSA_PSS_SHA_256("RSASSA_PSS_SHA_256"),
    RSASSA_PSS_SHA_384("RSASSA_PSS_SHA_384"),
    RSASSA_PSS_SHA_512("RSASSA_PSS_SHA_512"),
    RSASSA_PKCS1_V1_5_SHA_256("RSASSA_PKCS1_V1_5_SHA_256"),
    RSASSA_PKCS1_V1_5_SHA_384("RSASSA_PKCS1_V1_5_SHA_384"),
    RSASSA_PKCS1_V1_5_SHA_512("RSASSA_PKCS1_V1_5_SHA_512"),
    ECDSA_SHA_256("ECDSA_SHA_256"),
    ECDSA_SHA_384("ECDSA_SHA_384"),
    ECDSA_SHA_512("ECDSA_SHA_512"),
    SM2DSA("SM2DSA"),
    ML_DSA_SHAKE_256("ML_DSA_SHAKE_256"),
    ED25519_SHA_512("ED25519_SHA_512"),
    ED25519_PH_SHA_512("ED25519_PH_SHA_512");

    private final String wire;

    SigningAlgorithm(String wire) {
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
    public static SigningAlgorithm fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
