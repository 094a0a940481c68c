package org.kmslab.ui.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.kmslab.audit.AuditQuery;

/**
 * The state of the audit page's filters and the query it makes, kept apart from the components so it is tested
 * without a browser. The history covers every Region of the account. Times are UTC, as CloudTrail shows them. The outcome choice is one string: {@link #ANY},
 * {@link #SUCCEEDED}, {@link #FAILED}, or an AWS exception name.
 */
final class AuditFilter {

    static final String ANY = "Any outcome";
    static final String SUCCEEDED = "Succeeded";
    static final String FAILED = "Failed (any error)";
    static final int PAGE = 200;

    private final String accountId;
    private String keyArn;
    private String eventName;
    private String principalArn;
    private String outcome = ANY;
    private LocalDateTime from;
    private LocalDateTime to;

    AuditFilter(String accountId) {
        this.accountId = accountId;
    }

    /** The teaching preset: successful Decrypt calls of any key, by anyone, at any time. */
    void whoDecrypted() {
        clear();
        eventName = "Decrypt";
        outcome = SUCCEEDED;
    }

    void clear() {
        keyArn = null;
        eventName = null;
        principalArn = null;
        outcome = ANY;
        from = null;
        to = null;
    }

    AuditQuery query() {
        AuditQuery q = AuditQuery.all(accountId, null, PAGE).withKey(keyArn).withEventName(eventName)
                .withPrincipal(principalArn).withTimeRange(utc(from), utc(to));
        return switch (outcome == null ? ANY : outcome) {
            case ANY -> q;
            case SUCCEEDED -> q.withErrors(AuditQuery.Errors.NONE, null);
            case FAILED -> q.withErrors(AuditQuery.Errors.ANY_ERROR, null);
            default -> q.withErrors(AuditQuery.Errors.CODE, outcome);
        };
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    String keyArn() {
        return keyArn;
    }

    void keyArn(String value) {
        keyArn = blankToNull(value);
    }

    String eventName() {
        return eventName;
    }

    void eventName(String value) {
        eventName = blankToNull(value);
    }

    String principalArn() {
        return principalArn;
    }

    void principalArn(String value) {
        principalArn = blankToNull(value);
    }

    String outcome() {
        return outcome;
    }

    void outcome(String value) {
        outcome = value == null || value.isBlank() ? ANY : value;
    }

    LocalDateTime from() {
        return from;
    }

    void from(LocalDateTime value) {
        from = value;
    }

    LocalDateTime to() {
        return to;
    }

    void to(LocalDateTime value) {
        to = value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
