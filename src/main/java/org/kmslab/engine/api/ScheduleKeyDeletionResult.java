package org.kmslab.engine.api;

import java.time.Instant;

/** AWS {@code ScheduleKeyDeletion} response; {@code keyId} is the key ARN. */
public record ScheduleKeyDeletionResult(String keyId, Instant deletionDate, String keyState,
        Integer pendingWindowInDays) {
}
