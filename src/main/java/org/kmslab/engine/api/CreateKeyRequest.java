package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code CreateKey} request. Null members take AWS's defaults (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT, AWS_KMS). */
public record CreateKeyRequest(String policy, String description, String keyUsage, String customerMasterKeySpec,
        String keySpec, String origin, String customKeyStoreId, Boolean bypassPolicyLockoutSafetyCheck,
        List<Tag> tags, Boolean multiRegion, String xksKeyId) {

    /** A symmetric encryption key with the default policy. */
    public static CreateKeyRequest symmetric() {
        return new CreateKeyRequest(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A key of the given spec and usage, e.g. {@code of(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY)}. */
    public static CreateKeyRequest of(KeySpec spec, KeyUsage usage) {
        return new CreateKeyRequest(null, null, usage == null ? null : usage.wire(), null, spec.wire(), null, null,
                null, null, null, null);
    }

    /** A symmetric key whose material will be imported (Origin EXTERNAL). */
    public static CreateKeyRequest external() {
        return symmetric().withOrigin(Origin.EXTERNAL.wire());
    }

    public CreateKeyRequest withDescription(String text) {
        return new CreateKeyRequest(policy, text, keyUsage, customerMasterKeySpec, keySpec, origin, customKeyStoreId,
                bypassPolicyLockoutSafetyCheck, tags, multiRegion, xksKeyId);
    }

    public CreateKeyRequest withOrigin(String value) {
        return new CreateKeyRequest(policy, description, keyUsage, customerMasterKeySpec, keySpec, value,
                customKeyStoreId, bypassPolicyLockoutSafetyCheck, tags, multiRegion, xksKeyId);
    }

    /** The key in a custom key store (use with origin AWS_CLOUDHSM or EXTERNAL_KEY_STORE). */
    public CreateKeyRequest withCustomKeyStoreId(String value) {
        return new CreateKeyRequest(policy, description, keyUsage, customerMasterKeySpec, keySpec, origin, value,
                bypassPolicyLockoutSafetyCheck, tags, multiRegion, xksKeyId);
    }

    /** The external key behind a key in an external key store. */
    public CreateKeyRequest withXksKeyId(String value) {
        return new CreateKeyRequest(policy, description, keyUsage, customerMasterKeySpec, keySpec, origin,
                customKeyStoreId, bypassPolicyLockoutSafetyCheck, tags, multiRegion, value);
    }

    public CreateKeyRequest withPolicy(String document) {
        return new CreateKeyRequest(document, description, keyUsage, customerMasterKeySpec, keySpec, origin,
                customKeyStoreId, bypassPolicyLockoutSafetyCheck, tags, multiRegion, xksKeyId);
    }

    public CreateKeyRequest withTags(List<Tag> value) {
        return new CreateKeyRequest(policy, description, keyUsage, customerMasterKeySpec, keySpec, origin,
                customKeyStoreId, bypassPolicyLockoutSafetyCheck, value, multiRegion, xksKeyId);
    }

    /** The same request for a multi-Region primary key (key id {@code mrk-...}). */
    public CreateKeyRequest withMultiRegion(Boolean value) {
        return new CreateKeyRequest(policy, description, keyUsage, customerMasterKeySpec, keySpec, origin,
                customKeyStoreId, bypassPolicyLockoutSafetyCheck, tags, value, xksKeyId);
    }

    public CreateKeyRequest withBypassPolicyLockoutSafetyCheck(Boolean value) {
        return new CreateKeyRequest(policy, description, keyUsage, customerMasterKeySpec, keySpec, origin,
                customKeyStoreId, value, tags, multiRegion, xksKeyId);
    }
}
