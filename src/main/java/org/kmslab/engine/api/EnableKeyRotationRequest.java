package org.kmslab.engine.api;

/** AWS {@code EnableKeyRotation} request; the period defaults to 365 days. */
public record EnableKeyRotationRequest(String keyId, Integer rotationPeriodInDays) {

    public static EnableKeyRotationRequest of(String keyId) {
        return new EnableKeyRotationRequest(keyId, null);
    }

    public static EnableKeyRotationRequest of(String keyId, Integer rotationPeriodInDays) {
        return new EnableKeyRotationRequest(keyId, rotationPeriodInDays);
    }
}
