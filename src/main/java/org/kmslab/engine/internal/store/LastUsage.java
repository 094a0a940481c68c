package org.kmslab.engine.internal.store;

import java.time.Instant;

/**
 * What GetKeyLastUsage reports for one key: since when usage is tracked, and the last successful cryptographic
 * operation (all four null until the key is used).
 */
public record LastUsage(Instant trackingStart, String operation, Instant timestamp, String cloudTrailEventId,
        String kmsRequestId) {

    public static LastUsage since(Instant trackingStart) {
        return new LastUsage(trackingStart, null, null, null, null);
    }

    public LastUsage used(String op, Instant at, String eventId, String requestId) {
        return new LastUsage(trackingStart, op, at, eventId, requestId);
    }
}
