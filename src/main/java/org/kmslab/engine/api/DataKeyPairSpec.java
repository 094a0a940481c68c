package org.kmslab.engine.api;

/** Data key pair specs (AWS {@code DataKeyPairSpec}). */
public enum DataKeyPairSpec implements WireEnum {
    RSA_2048("RSA_2048"),
    RSA_3072("RSA_3072"),
    RSA_4096("RSA_4096"),
    ECC_NIST_P256("ECC_NIST_P256"),
    ECC_NIST_P384("ECC_NIST_P384"),
    ECC_NIST_P521("ECC_NIST_P521"),
    ECC_SECG_P256K1("ECC_SECG_P256K1"),
    SM2("SM2"),
    ECC_NIST_EDWARDS25519("ECC_NIST_EDWARDS25519");

    private final String wire;

    DataKeyPairSpec(String wire) {
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
    public static DataKeyPairSpec fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
