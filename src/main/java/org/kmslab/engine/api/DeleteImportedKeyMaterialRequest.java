package org.kmslab.engine.api;

/** AWS {@code DeleteImportedKeyMaterial} request. */
public record DeleteImportedKeyMaterialRequest(String keyId, String keyMaterialId) {

    public static DeleteImportedKeyMaterialRequest of(String keyId) {
        return new DeleteImportedKeyMaterialRequest(keyId, null);
    }
}
