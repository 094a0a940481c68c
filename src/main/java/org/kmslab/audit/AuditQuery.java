package org.kmslab.audit;

import java.time.Instant;

/**
 * A filter over one account's audit events; null members do not filter. Results come newest first.
 *
 * @param keyArn       exact key ARN, or a bare key id matched against the end of the ARN
 * @param principalArn exact principal ARN
 * @param errors       which outcomes to include
 * @param errorCode    with {@link Errors#CODE}: the AWS exception name
 * @param beforeSeq    paging cursor: only events stored before this one
 * @param limit        at most this many events (1 to 1000)
 */
public record AuditQuery(String accountId, String region, String keyArn, String eventName, String principalArn,
        String username, String eventId, Boolean readOnly, Errors errors, String errorCode, Instant from, Instant to,
        Long beforeSeq, int limit) {

    /** Outcome filter: everything, successes only, failures only, or one error code. */
    public enum Errors {
        ANY, NONE, ANY_ERROR, CODE
    }

    public AuditQuery {
        if (accountId == null) {
            throw new IllegalArgumentException("accountId is required");
        }
        errors = errors == null ? Errors.ANY : errors;
        limit = Math.clamp(limit, 1, 1000);
    }

    /** Every event of the account (and Region, if given), newest first. */
    public static AuditQuery all(String accountId, String region, int limit) {
        return new AuditQuery(accountId, region, null, null, null, null, null, null, Errors.ANY, null, null, null,
                null, limit);
    }

    public AuditQuery withEventName(String name) {
        return new AuditQuery(accountId, region, keyArn, name, principalArn, username, eventId, readOnly, errors,
                errorCode, from, to, beforeSeq, limit);
    }

    public AuditQuery withKey(String key) {
        return new AuditQuery(accountId, region, key, eventName, principalArn, username, eventId, readOnly, errors,
                errorCode, from, to, beforeSeq, limit);
    }

    public AuditQuery withPrincipal(String principal) {
        return new AuditQuery(accountId, region, keyArn, eventName, principal, username, eventId, readOnly, errors,
                errorCode, from, to, beforeSeq, limit);
    }

    public AuditQuery withUsername(String name) {
        return new AuditQuery(accountId, region, keyArn, eventName, principalArn, name, eventId, readOnly, errors,
                errorCode, from, to, beforeSeq, limit);
    }

    public AuditQuery withEventId(String id) {
        return new AuditQuery(accountId, region, keyArn, eventName, principalArn, username, id, readOnly, errors,
                errorCode, from, to, beforeSeq, limit);
    }

    public AuditQuery withReadOnly(Boolean value) {
        return new AuditQuery(accountId, region, keyArn, eventName, principalArn, username, eventId, value, errors,
                errorCode, from, to, beforeSeq, limit);
    }

    public AuditQuery withErrors(Errors filter, String code) {
        return new AuditQuery(accountId, region, keyArn, eventName, principalArn, username, eventId, readOnly, filter,
                code, from, to, beforeSeq, limit);
    }

    public AuditQuery withTimeRange(Instant start, Instant end) {
        return new AuditQuery(accountId, region, keyArn, eventName, principalArn, username, eventId, readOnly, errors,
                errorCode, start, end, beforeSeq, limit);
    }

    public AuditQuery withBeforeSeq(Long seq) {
        return new AuditQuery(accountId, region, keyArn, eventName, principalArn, username, eventId, readOnly, errors,
                errorCode, from, to, seq, limit);
    }

    public AuditQuery withLimit(int max) {
        return new AuditQuery(accountId, region, keyArn, eventName, principalArn, username, eventId, readOnly, errors,
                errorCode, from, to, beforeSeq, max);
    }
}
