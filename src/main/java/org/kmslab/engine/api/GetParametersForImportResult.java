package org.kmslab.engine.api;

import java.time.Instant;

/** AWS {@code GetParametersForImport} response. {@code toString()} redacts the token. */
public record GetParametersForImportResult(String keyId, byte[] importToken, byte[] publicKey,
        Instant parametersValidTo) {

    @Override
    public String toString() {
        return "GetParametersForImportResult["
                + "keyId=" + keyId + ", "
                + "importToken=" + Redact.bytes(importToken) + ", "
                + "publicKey=" + Redact.length(publicKey) + ", "
                + "parametersValidTo=" + parametersValidTo
                + "]";
    }
}
