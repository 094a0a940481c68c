package org.kmslab.engine.api;

/** The key spec of a KMS key (AWS {@code KeySpec}); SM2 exists only in the China Regions, as on AWS. */
public enum KeySpec implements WireEnum {
    RSA_2048("RSA_2048"),
    RSA_3072("RSA_3072"),
    RSA_4096("RSA_4096"),
    ECC_NIST_P256("ECC_NIST_P256"),
    ECC_NIST_P384("ECC_NIST_P384"),
    ECC_NIST_P521("ECC_NIST_P521"),
    ECC_SECG_P256K1("ECC_SECG_P256K1"),
    SYMMETRIC_DEFAULT("SYMMETRIC_DEFAULT"),
    HMAC_224("HMAC_224"),
    HMAC_256("HMAC_256"),
    HMAC_384("HMAC_384"),
    HMAC_512("HMAC_512"),
    SM2("SM2"),
    ML_DSA_44("ML_DSA_44"),
    ML_DSA_65("ML_DSA_65"),
    ML_DSA_87("ML_DSA_87"),
    ECC_NIST_EDWARDS25519("ECC_NIST_EDWARDS25519");

    private final String wire;

    KeySpec(String wire) {
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
    public static KeySpec fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
