package org.kmslab.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;

/**
 * CloudWatch-shaped metrics in Micrometer, so that {@code /actuator/prometheus} shows them:
 * <ul>
 * <li>{@code kmslab_kms_calls_total{account,region,quota_class,operation,outcome}}: API calls, as CloudWatch's
 *     {@code AWS/Usage CallCount} counts them per quota {@code Resource};</li>
 * <li>{@code kmslab_kms_errors_total{account,region,operation,error_code}}: failed calls by AWS exception;</li>
 * <li>{@code kmslab_kms_latency_seconds{account,region,quota_class,quantile}}: time spent in the engine, with
 *     p50/p95/p99;</li>
 * <li>{@code kmslab_kms_seconds_until_key_material_expiration{account,region,key_id}}: the {@code AWS/KMS} metric
 *     {@code SecondsUntilKeyMaterialExpiration}, per key whose imported material expires.</li>
 * </ul>
 * Expiry is learned from the events themselves (an ImportKeyMaterial with {@code KEY_MATERIAL_EXPIRES} and
 * {@code validTo} starts it; DeleteImportedKeyMaterial, DeleteExpiredKeyMaterial and DeleteKey end it), so that no
 * listener ever calls back into the engine. "Now" is the later of the wall clock and the newest event time of that
 * account and Region, so a sandbox whose clock was fast-forwarded counts down from its own present.
 */
final class KmsMetrics {

    static final String CALLS = "kmslab.kms.calls";
    static final String ERRORS = "kmslab.kms.errors";
    static final String LATENCY = "kmslab.kms.latency";
    static final String EXPIRATION = "kmslab.kms.seconds.until.key.material.expiration";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Instant> newestEvent = new ConcurrentHashMap<>();
    private final Map<String, Expiry> expiries = new ConcurrentHashMap<>();
    private final Map<MeterKey, Meters> meters = new ConcurrentHashMap<>();

    KmsMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    void record(EngineEvent e, String quotaClass) {
        newestEvent.merge(scope(e.accountId(), e.region()), e.eventTime(), (a, b) -> a.isAfter(b) ? a : b);
        trackExpiry(e);
        if (e.eventType() != EventType.AWS_API_CALL || quotaClass == null) {
            return;
        }
        Meters m = meters.computeIfAbsent(new MeterKey(e.accountId(), e.region(), quotaClass, e.eventName(),
                e.errorCode()), this::meters);
        m.calls.increment();
        if (m.errors != null) {
            m.errors.increment();
        }
        m.latency.record(Math.max(0, e.durationNanos()), TimeUnit.NANOSECONDS);
    }

    /** The meters of one combination of tags, registered once: looking them up per call cost more than the call. */
    private Meters meters(MeterKey k) {
        Counter calls = Counter.builder(CALLS).description("KMS API calls by AWS request-quota class")
                .tags(Tags.of("account", k.account, "region", k.region, "quota_class", k.quotaClass,
                        "operation", k.operation, "outcome", k.errorCode != null ? "error" : "success"))
                .register(registry);
        Counter errors = k.errorCode == null ? null
                : Counter.builder(ERRORS).description("Failed KMS API calls by AWS exception")
                        .tags(Tags.of("account", k.account, "region", k.region, "operation", k.operation,
                                "error_code", k.errorCode))
                        .register(registry);
        Timer latency = Timer.builder(LATENCY).description("Time spent in the KMS engine per call")
                .tags(Tags.of("account", k.account, "region", k.region, "quota_class", k.quotaClass))
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        return new Meters(calls, errors, latency);
    }

    private record MeterKey(String account, String region, String quotaClass, String operation, String errorCode) {
    }

    private record Meters(Counter calls, Counter errors, Timer latency) {
    }

    /** Seconds until expiry per key ARN of one account and Region (never negative), sorted by ARN. */
    Map<String, Double> secondsUntilExpiration(String accountId, String region) {
        Map<String, Double> out = new TreeMap<>();
        expiries.values().stream().filter(x -> x.accountId.equals(accountId) && x.region.equals(region))
                .forEach(x -> out.put(x.keyArn, seconds(x)));
        return out;
    }

    private void trackExpiry(EngineEvent e) {
        if (e.keyArn() == null || e.failed()) {
            return;
        }
        switch (e.eventName()) {
            case "ImportKeyMaterial" -> {
                String id = expiryId(e);
                Map<String, Object> p = e.requestParameters() == null ? Map.of() : e.requestParameters();
                Instant validTo = instant(p.get("validTo"));
                if ("KEY_MATERIAL_EXPIRES".equals(String.valueOf(wire(p.get("expirationModel")))) && validTo != null) {
                    expiries.compute(id, (k, old) -> {
                        Expiry x = old != null ? old : register(e);
                        x.validTo = validTo;
                        return x;
                    });
                } else {
                    stop(id);
                }
            }
            case "DeleteImportedKeyMaterial", "DeleteExpiredKeyMaterial", "DeleteKey" -> stop(expiryId(e));
            default -> { }
        }
    }

    /** Built only for the events that start or stop an expiry, not for every call (it was a string per call). */
    private static String expiryId(EngineEvent e) {
        return scope(e.accountId(), e.region()) + "|" + e.keyArn();
    }

    private Expiry register(EngineEvent e) {
        Expiry x = new Expiry(e.accountId(), e.region(), e.keyArn());
        x.gauge = Gauge.builder(EXPIRATION, x, this::seconds)
                .description("AWS/KMS SecondsUntilKeyMaterialExpiration: seconds until imported key material expires")
                .tags(Tags.of("account", e.accountId(), "region", e.region(), "key_id",
                        Identities.lastSegment(e.keyArn())))
                .register(registry);
        return x;
    }

    private void stop(String id) {
        Expiry x = expiries.remove(id);
        if (x != null && x.gauge != null) {
            registry.remove(x.gauge);
        }
    }

    private double seconds(Expiry x) {
        Instant now = clock.instant();
        Instant newest = newestEvent.get(scope(x.accountId, x.region));
        if (newest != null && newest.isAfter(now)) {
            now = newest;
        }
        Instant validTo = x.validTo;
        return validTo == null ? Double.NaN : Math.max(0, Duration.between(now, validTo).toSeconds());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(Math.round(n.doubleValue() * 1000));
        }
        if (value instanceof String s) {
            try {
                return Instant.parse(s);
            } catch (java.time.format.DateTimeParseException ignored) {
                return null;
            }
        }
        return null;
    }

    private static Object wire(Object value) {
        return value instanceof org.kmslab.engine.api.WireEnum w ? w.wire() : value;
    }

    private static String scope(String accountId, String region) {
        return accountId + "|" + region;
    }

    /** One key's expiring material; the gauge reads it at scrape time. */
    private static final class Expiry {
        final String accountId;
        final String region;
        final String keyArn;
        volatile Instant validTo;
        Gauge gauge;

        Expiry(String accountId, String region, String keyArn) {
            this.accountId = accountId;
            this.region = region;
            this.keyArn = keyArn;
        }
    }
}
