package org.kmslab.engine.api;

/** AWS {@code DeleteImportedKeyMaterial} response. */
public record DeleteImportedKeyMaterialResult(String keyId, String keyMaterialId) {
}
