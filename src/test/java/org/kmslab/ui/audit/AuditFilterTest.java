package org.kmslab.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kmslab.audit.AuditQuery;

/** The audit page's filter state turns into the right query, and "who decrypted" is one call. */
class AuditFilterTest {

    private final AuditFilter filter = new AuditFilter("111122223333");

    @Test
    void who_decrypted_asks_for_successful_decrypts_of_any_key_principal_and_time() {
        filter.keyArn("arn:aws:kms:us-east-1:111122223333:key/k");
        filter.from(LocalDateTime.of(2025, 1, 1, 0, 0));
        filter.whoDecrypted();

        AuditQuery q = filter.query();
        assertThat(q.eventName()).isEqualTo("Decrypt");
        assertThat(q.errors()).isEqualTo(AuditQuery.Errors.NONE);
        assertThat(q.keyArn()).isNull();
        assertThat(q.from()).isNull();
        assertThat(q.accountId()).isEqualTo("111122223333");
        assertThat(q.region()).isNull();
    }

    @Test
    void outcome_choices_map_to_error_filters() {
        filter.outcome(AuditFilter.FAILED);
        assertThat(filter.query().errors()).isEqualTo(AuditQuery.Errors.ANY_ERROR);
        filter.outcome("InvalidCiphertextException");
        assertThat(filter.query().errors()).isEqualTo(AuditQuery.Errors.CODE);
        assertThat(filter.query().errorCode()).isEqualTo("InvalidCiphertextException");
        filter.outcome(null);
        assertThat(filter.query().errors()).isEqualTo(AuditQuery.Errors.ANY);
    }

    @Test
    void times_are_read_as_utc_and_blank_choices_do_not_filter() {
        filter.from(LocalDateTime.of(2025, 5, 20, 20, 0));
        filter.to(LocalDateTime.of(2025, 5, 20, 21, 0));
        filter.principalArn(" ");
        AuditQuery q = filter.query();
        assertThat(q.from()).isEqualTo(Instant.parse("2025-05-20T20:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2025-05-20T21:00:00Z"));
        assertThat(q.principalArn()).isNull();
    }
}
