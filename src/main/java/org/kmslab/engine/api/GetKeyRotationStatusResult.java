package org.kmslab.engine.api;

import java.time.Instant;

/** AWS {@code GetKeyRotationStatus} response. */
public record GetKeyRotationStatusResult(Boolean keyRotationEnabled, String keyId, Integer rotationPeriodInDays,
        Instant nextRotationDate, Instant onDemandRotationStartDate) {
}
