package org.kmslab.engine.api;

import java.time.Instant;

/** One entry of ListKeyRotations. */
public record RotationsListEntry(String keyId, String keyMaterialId, String keyMaterialDescription, String importState,
        String keyMaterialState, String expirationModel, Instant validTo, Instant rotationDate, String rotationType) {
}
