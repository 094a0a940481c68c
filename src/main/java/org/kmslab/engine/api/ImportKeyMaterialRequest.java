package org.kmslab.engine.api;

import java.time.Instant;

/** AWS {@code ImportKeyMaterial} request. */
public record ImportKeyMaterialRequest(String keyId, byte[] importToken, byte[] encryptedKeyMaterial, Instant validTo,
        String expirationModel, String importType, String keyMaterialDescription, String keyMaterialId) {

    public static ImportKeyMaterialRequest of(String keyId, byte[] importToken, byte[] encryptedKeyMaterial) {
        return new ImportKeyMaterialRequest(keyId, importToken, encryptedKeyMaterial, null,
                ExpirationModel.KEY_MATERIAL_DOES_NOT_EXPIRE.wire(), null, null, null);
    }

    public static ImportKeyMaterialRequest expiring(String keyId, byte[] importToken, byte[] encryptedKeyMaterial,
            Instant validTo) {
        return new ImportKeyMaterialRequest(keyId, importToken, encryptedKeyMaterial, validTo,
                ExpirationModel.KEY_MATERIAL_EXPIRES.wire(), null, null, null);
    }

    public static ImportKeyMaterialRequest of(String keyId, byte[] importToken, byte[] encryptedKeyMaterial,
            Instant validTo, String expirationModel) {
        return new ImportKeyMaterialRequest(keyId, importToken, encryptedKeyMaterial, validTo, expirationModel, null,
                null, null);
    }

    @Override
    public String toString() {
        return "ImportKeyMaterialRequest["
                + "keyId=" + keyId + ", "
                + "importToken=" + Redact.bytes(importToken) + ", "
                + "encryptedKeyMaterial=" + Redact.bytes(encryptedKeyMaterial) + ", "
                + "validTo=" + validTo + ", "
                + "expirationModel=" + expirationModel + ", "
                + "importType=" + importType + ", "
                + "keyMaterialDescription=" + keyMaterialDescription + ", "
                + "keyMaterialId=" + keyMaterialId
                + "]";
    }
}
