package org.kmslab.engine.api;

/** Operations a grant can allow (AWS {@code GrantOperation}). */
public enum GrantOperation implements WireEnum {
    DECRYPT("Decrypt"),
    ENCRYPT("Encrypt"),
    GENERATE_DATA_KEY("GenerateDataKey"),
    GENERATE_DATA_KEY_WITHOUT_PLAINTEXT("GenerateDataKeyWithoutPlaintext"),
    RE_ENCRYPT_FROM("ReEncryptFrom"),
    RE_ENCRYPT_TO("ReEncryptTo"),
    SIGN("Sign"),
    VERIFY("Verify"),
    GET_PUBLIC_KEY("GetPublicKey"),
    CREATE_GRANT("CreateGrant"),
    RETIRE_GRANT("RetireGrant"),
    DESCRIBE_KEY("DescribeKey"),
    GENERATE_DATA_KEY_PAIR("GenerateDataKeyPair"),
    GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT("GenerateDataKeyPairWithoutPlaintext"),
    GENERATE_MAC("GenerateMac"),
    VERIFY_MAC("VerifyMac"),
    DERIVE_SHARED_SECRET("DeriveSharedSecret");

    private final String wire;

    GrantOperation(String wire) {
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
    public static GrantOperation fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
