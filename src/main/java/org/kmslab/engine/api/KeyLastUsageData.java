package org.kmslab.engine.api;

import java.time.Instant;

/** AWS {@code KeyLastUsageData}: the last successful cryptographic operation; every member null when none. */
public record KeyLastUsageData(String operation, Instant timestamp, String cloudTrailEventId, String kmsRequestId) {
}
