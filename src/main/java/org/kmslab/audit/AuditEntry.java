package org.kmslab.audit;

import java.time.Instant;

/**
 * One stored audit event: the indexed facts a list shows, and the full CloudTrail record as JSON.
 *
 * @param seq      storage order, newest highest; the paging cursor
 * @param username what LookupEvents calls {@code Username} (root, the user or session name); null for KMS itself
 * @param json     the CloudTrail record, compact
 */
public record AuditEntry(long seq, String eventId, String accountId, String region, Instant eventTime,
        String eventName, String eventType, boolean readOnly, String keyArn, String principalArn, String username,
        String errorCode, String quotaClass, long durationNanos, String json) {

    /** The key id at the end of the key ARN, or null. */
    public String keyId() {
        return keyArn == null ? null : Identities.lastSegment(keyArn);
    }

    /** The same record stored at {@code storedSeq}. */
    AuditEntry withSeq(long storedSeq) {
        return new AuditEntry(storedSeq, eventId, accountId, region, eventTime, eventName, eventType, readOnly, keyArn,
                principalArn, username, errorCode, quotaClass, durationNanos, json);
    }

    public boolean failed() {
        return errorCode != null;
    }
}
