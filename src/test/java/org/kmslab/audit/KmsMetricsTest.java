package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.EventType;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;

/** Counters, errors, latency percentiles and the expiry gauge, in Micrometer and in the per-minute snapshot. */
class KmsMetricsTest {

    private final AuditFixture f = new AuditFixture();

    @AfterEach
    void closeFixture() {
        f.close();
    }

    @Test
    void calls_are_counted_per_quota_class_operation_and_outcome() {
        String key = f.symmetricKey();
        f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {1}));
        f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {2}));
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(new byte[] {1, 2, 3})));

        assertThat(count("CryptographicOperationsSymmetric", "Encrypt", "success")).isEqualTo(2);
        assertThat(count("CryptographicOperationsSymmetric", "Decrypt", "error")).isEqualTo(1);
        assertThat(count("CreateKey", "CreateKey", "success")).isEqualTo(1);
        assertThat(f.registry.get(KmsMetrics.ERRORS).tag("error_code", "InvalidCiphertextException").counter()
                .count()).isEqualTo(1);
        Timer latency = f.registry.get(KmsMetrics.LATENCY).tag("quota_class", "CryptographicOperationsSymmetric")
                .timer();
        assertThat(latency.count()).isEqualTo(3);
    }

    @Test
    void prometheus_shows_the_documented_metric_names_and_labels() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (AuditFixture fixture = new AuditFixture(prometheus)) {
            AuditService audit = fixture.audit;
            String key = fixture.symmetricKey();
            assertThatThrownBy(() -> fixture.kms.decrypt(fixture.root, DecryptRequest.of(new byte[] {1})));
            audit.record(AuditFixture.event("ImportKeyMaterial", EventType.AWS_API_CALL, fixture.root, key,
                    Map.of("expirationModel", "KEY_MATERIAL_EXPIRES", "validTo",
                            AuditFixture.START.plus(Duration.ofHours(1))), null, null, null));

            String text = prometheus.scrape();
            assertThat(text).contains("kmslab_kms_calls_total{account=\"111122223333\",operation=\"CreateKey\","
                    + "outcome=\"success\",quota_class=\"CreateKey\",region=\"us-east-1\"} 1.0");
            assertThat(text).contains("kmslab_kms_errors_total{account=\"111122223333\","
                    + "error_code=\"InvalidCiphertextException\",operation=\"Decrypt\",region=\"us-east-1\"} 1.0");
            assertThat(text).contains("kmslab_kms_latency_seconds{account=\"111122223333\","
                    + "quota_class=\"CryptographicOperationsSymmetric\",region=\"us-east-1\",quantile=\"0.99\"}");
            assertThat(text).contains("kmslab_kms_seconds_until_key_material_expiration{account=\"111122223333\","
                    + "key_id=\"" + key.substring(key.lastIndexOf('/') + 1) + "\",region=\"us-east-1\"} 3600.0");
        }
    }

    @Test
    void expiring_imported_material_counts_down_and_disappears_when_deleted() {
        String key = AuditFixture.arn("0000aaaa-12ab-34cd-56ef-1234567890ab");
        f.audit.record(AuditFixture.event("ImportKeyMaterial", EventType.AWS_API_CALL, f.root, key,
                Map.of("expirationModel", "KEY_MATERIAL_EXPIRES", "validTo",
                        AuditFixture.START.plus(Duration.ofDays(1))), null, null, null));
        assertThat(f.registry.get(KmsMetrics.EXPIRATION).gauge().value()).isEqualTo(86_400.0);
        assertThat(f.audit.metrics(AuditFixture.ACCOUNT, AuditFixture.REGION, 5).secondsUntilKeyMaterialExpiration())
                .containsEntry(key, 86_400.0);

        // A later event of the account moves "now" forward, as a fast-forwarded sandbox clock would.
        f.audit.record(eventAt("DescribeKey", AuditFixture.START.plus(Duration.ofHours(23))));
        assertThat(f.registry.get(KmsMetrics.EXPIRATION).gauge().value()).isEqualTo(3_600.0);

        f.audit.record(AuditFixture.event("DeleteExpiredKeyMaterial", EventType.AWS_SERVICE_EVENT, f.root, key,
                Map.of("keyId", key), null, null, null));
        assertThat(f.registry.find(KmsMetrics.EXPIRATION).gauges()).isEmpty();
    }

    @Test
    void material_that_does_not_expire_has_no_gauge() {
        String key = AuditFixture.arn("0000bbbb-12ab-34cd-56ef-1234567890ab");
        f.audit.record(AuditFixture.event("ImportKeyMaterial", EventType.AWS_API_CALL, f.root, key,
                Map.of("expirationModel", "KEY_MATERIAL_DOES_NOT_EXPIRE"), null, null, null));
        assertThat(f.registry.find(KmsMetrics.EXPIRATION).gauges()).isEmpty();
    }

    @Test
    void the_snapshot_buckets_calls_errors_and_latency_per_minute() {
        String key = f.symmetricKey();
        f.clock.advance(Duration.ofMinutes(1));
        f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {1}));
        f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {1}));
        f.clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(new byte[] {1})));

        MetricsSnapshot s = f.audit.metrics(AuditFixture.ACCOUNT, AuditFixture.REGION, 3);

        assertThat(s.minutes()).containsExactly(Instant.parse("2025-05-20T20:46:00Z"),
                Instant.parse("2025-05-20T20:47:00Z"), Instant.parse("2025-05-20T20:48:00Z"));
        assertThat(s.callsByClass()).containsEntry("CreateKey", List.of(1, 0, 0))
                .containsEntry("CryptographicOperationsSymmetric", List.of(0, 2, 1));
        assertThat(s.errors()).containsExactly(0, 0, 1);
        assertThat(s.totalCalls()).isEqualTo(4);
        assertThat(s.totalErrors()).isEqualTo(1);
        assertThat(s.p50Millis().get(1)).isPositive();
        assertThat(s.p99Millis().get(1)).isGreaterThanOrEqualTo(s.p50Millis().get(1));
    }

    @Test
    void nearest_rank_percentiles() {
        List<Long> samples = List.of(5L, 1L, 4L, 2L, 3L, 6L, 7L, 8L, 9L, 10L);
        assertThat(MetricsCalculator.percentile(samples, 0.50)).isEqualTo(5);
        assertThat(MetricsCalculator.percentile(samples, 0.95)).isEqualTo(10);
        assertThat(MetricsCalculator.percentile(List.of(), 0.99)).isZero();
    }

    private double count(String quotaClass, String operation, String outcome) {
        return f.registry.get(KmsMetrics.CALLS).tag("quota_class", quotaClass).tag("operation", operation)
                .tag("outcome", outcome).counter().count();
    }

    private org.kmslab.engine.EngineEvent eventAt(String name, Instant at) {
        return new org.kmslab.engine.EngineEvent(java.util.UUID.randomUUID().toString(), "r", at, name,
                EventType.AWS_API_CALL, f.root, AuditFixture.ACCOUNT, AuditFixture.REGION, null, Map.of(), null,
                null, null, null, true, 1);
    }
}
