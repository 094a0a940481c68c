package org.kmslab.engine.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every operation the engine performs, named as AWS names it (the CloudTrail {@code eventName}), including the
 * KMS-initiated service events {@code RotateKey}, {@code DeleteKey} and {@code DeleteExpiredKeyMaterial}.
 * Each constant carries, as data, CloudTrail's {@code readOnly} flag, whether it is a cryptographic operation
 * (CloudTrail logs null {@code responseElements} for those) and the key usages it accepts (empty = any).
 */
public enum Operation {
    CREATE_KEY("CreateKey", false, false),
    DESCRIBE_KEY("DescribeKey", true, false),
    LIST_KEYS("ListKeys", true, false),
    UPDATE_KEY_DESCRIPTION("UpdateKeyDescription", false, false),
    GET_KEY_LAST_USAGE("GetKeyLastUsage", true, false),
    ENABLE_KEY("EnableKey", false, false),
    DISABLE_KEY("DisableKey", false, false),
    SCHEDULE_KEY_DELETION("ScheduleKeyDeletion", false, false),
    CANCEL_KEY_DELETION("CancelKeyDeletion", false, false),
    REPLICATE_KEY("ReplicateKey", false, false),
    UPDATE_PRIMARY_REGION("UpdatePrimaryRegion", false, false),
    ENCRYPT("Encrypt", true, true, KeyUsage.ENCRYPT_DECRYPT),
    DECRYPT("Decrypt", true, true, KeyUsage.ENCRYPT_DECRYPT),
    RE_ENCRYPT("ReEncrypt", true, true, KeyUsage.ENCRYPT_DECRYPT),
    GENERATE_DATA_KEY("GenerateDataKey", true, true, KeyUsage.ENCRYPT_DECRYPT),
    GENERATE_DATA_KEY_WITHOUT_PLAINTEXT("GenerateDataKeyWithoutPlaintext", true, true, KeyUsage.ENCRYPT_DECRYPT),
    GENERATE_DATA_KEY_PAIR("GenerateDataKeyPair", true, true, KeyUsage.ENCRYPT_DECRYPT),
    GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT("GenerateDataKeyPairWithoutPlaintext", true, true, KeyUsage.ENCRYPT_DECRYPT),
    GENERATE_RANDOM("GenerateRandom", true, true),
    SIGN("Sign", true, true, KeyUsage.SIGN_VERIFY),
    VERIFY("Verify", true, true, KeyUsage.SIGN_VERIFY),
    DERIVE_SHARED_SECRET("DeriveSharedSecret", true, true, KeyUsage.KEY_AGREEMENT),
    GET_PUBLIC_KEY("GetPublicKey", true, false, KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY, KeyUsage.KEY_AGREEMENT),
    GENERATE_MAC("GenerateMac", true, true, KeyUsage.GENERATE_VERIFY_MAC),
    VERIFY_MAC("VerifyMac", true, true, KeyUsage.GENERATE_VERIFY_MAC),
    ENABLE_KEY_ROTATION("EnableKeyRotation", false, false),
    DISABLE_KEY_ROTATION("DisableKeyRotation", false, false),
    GET_KEY_ROTATION_STATUS("GetKeyRotationStatus", true, false),
    ROTATE_KEY_ON_DEMAND("RotateKeyOnDemand", false, false),
    LIST_KEY_ROTATIONS("ListKeyRotations", true, false),
    GET_PARAMETERS_FOR_IMPORT("GetParametersForImport", true, false),
    IMPORT_KEY_MATERIAL("ImportKeyMaterial", false, false),
    DELETE_IMPORTED_KEY_MATERIAL("DeleteImportedKeyMaterial", false, false),
    CREATE_ALIAS("CreateAlias", false, false),
    UPDATE_ALIAS("UpdateAlias", false, false),
    DELETE_ALIAS("DeleteAlias", false, false),
    LIST_ALIASES("ListAliases", true, false),
    TAG_RESOURCE("TagResource", false, false),
    UNTAG_RESOURCE("UntagResource", false, false),
    LIST_RESOURCE_TAGS("ListResourceTags", true, false),
    GET_KEY_POLICY("GetKeyPolicy", true, false),
    PUT_KEY_POLICY("PutKeyPolicy", false, false),
    LIST_KEY_POLICIES("ListKeyPolicies", true, false),
    CREATE_GRANT("CreateGrant", false, false),
    LIST_GRANTS("ListGrants", true, false),
    LIST_RETIRABLE_GRANTS("ListRetirableGrants", true, false),
    RETIRE_GRANT("RetireGrant", false, false),
    REVOKE_GRANT("RevokeGrant", false, false),
    CREATE_CUSTOM_KEY_STORE("CreateCustomKeyStore", false, false),
    DESCRIBE_CUSTOM_KEY_STORES("DescribeCustomKeyStores", true, false),
    UPDATE_CUSTOM_KEY_STORE("UpdateCustomKeyStore", false, false),
    CONNECT_CUSTOM_KEY_STORE("ConnectCustomKeyStore", false, false),
    DISCONNECT_CUSTOM_KEY_STORE("DisconnectCustomKeyStore", false, false),
    DELETE_CUSTOM_KEY_STORE("DeleteCustomKeyStore", false, false),
    ROTATE_KEY("RotateKey", false, false),
    DELETE_KEY("DeleteKey", false, false),
    DELETE_EXPIRED_KEY_MATERIAL("DeleteExpiredKeyMaterial", false, false),
    SYNCHRONIZE_MULTI_REGION_KEY("SynchronizeMultiRegionKey", false, false);

    private final String wire;
    private final boolean readOnly;
    private final boolean cryptographic;
    private final Set<KeyUsage> usages;

    Operation(String wire, boolean readOnly, boolean cryptographic, KeyUsage... usages) {
        this.wire = wire;
        this.readOnly = readOnly;
        this.cryptographic = cryptographic;
        this.usages = usages.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(usages[0], usages));
    }

    /** The AWS operation name. */
    public String wire() {
        return wire;
    }

    /** CloudTrail's readOnly flag for this event. */
    public boolean readOnly() {
        return readOnly;
    }

    /** True for cryptographic operations, whose events carry no response elements. */
    public boolean cryptographic() {
        return cryptographic;
    }

    /** Key usages this operation accepts; empty means the usage is not checked. */
    public Set<KeyUsage> usages() {
        return usages;
    }
}
