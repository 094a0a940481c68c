package org.kmslab.engine.api;

import java.time.Instant;

/** AWS {@code GetKeyLastUsage} response; {@code keyId} is the key id (not the ARN), as AWS documents it. */
public record GetKeyLastUsageResult(String keyId, KeyLastUsageData keyLastUsage, Instant trackingStartDate,
        Instant keyCreationDate) {
}
