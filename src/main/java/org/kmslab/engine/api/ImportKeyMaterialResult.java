package org.kmslab.engine.api;

/** AWS {@code ImportKeyMaterial} response. */
public record ImportKeyMaterialResult(String keyId, String keyMaterialId) {
}
