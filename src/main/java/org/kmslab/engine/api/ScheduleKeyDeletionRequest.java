package org.kmslab.engine.api;

/** AWS {@code ScheduleKeyDeletion} request; the window defaults to 30 days. */
public record ScheduleKeyDeletionRequest(String keyId, Integer pendingWindowInDays) {

    public static ScheduleKeyDeletionRequest of(String keyId) {
        return new ScheduleKeyDeletionRequest(keyId, null);
    }

    public static ScheduleKeyDeletionRequest of(String keyId, Integer pendingWindowInDays) {
        return new ScheduleKeyDeletionRequest(keyId, pendingWindowInDays);
    }
}
