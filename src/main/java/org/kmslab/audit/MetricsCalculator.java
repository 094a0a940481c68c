package org.kmslab.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Buckets stored API calls into per-minute counts, errors and nearest-rank latency percentiles. */
final class MetricsCalculator {

    private MetricsCalculator() {
    }

    /** The window of {@code minutes} whole minutes that ends with the minute containing {@code now}. */
    static Instant windowStart(Instant now, int minutes) {
        return now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(minutes - 1L));
    }

    static MetricsSnapshot snapshot(List<AuditEntry> calls, Instant start, int minutes,
            Map<String, Double> expirations) {
        List<Instant> buckets = new ArrayList<>(minutes);
        for (int i = 0; i < minutes; i++) {
            buckets.add(start.plus(Duration.ofMinutes(i)));
        }
        Map<String, int[]> byClass = new TreeMap<>();
        int[] errors = new int[minutes];
        List<List<Long>> latencies = new ArrayList<>(minutes);
        for (int i = 0; i < minutes; i++) {
            latencies.add(new ArrayList<>());
        }
        int total = 0;
        int totalErrors = 0;
        for (AuditEntry call : calls) {
            long index = Duration.between(start, call.eventTime()).toMinutes();
            if (call.eventTime().isBefore(start) || index >= minutes || call.quotaClass() == null) {
                continue;
            }
            int i = (int) index;
            byClass.computeIfAbsent(call.quotaClass(), c -> new int[minutes])[i]++;
            latencies.get(i).add(call.durationNanos());
            total++;
            if (call.failed()) {
                errors[i]++;
                totalErrors++;
            }
        }
        Map<String, List<Integer>> series = new TreeMap<>();
        Map<String, Integer> totals = new TreeMap<>();
        byClass.forEach((c, counts) -> {
            series.put(c, Arrays.stream(counts).boxed().toList());
            totals.put(c, Arrays.stream(counts).sum());
        });
        return new MetricsSnapshot(List.copyOf(buckets), series, Arrays.stream(errors).boxed().toList(),
                percentiles(latencies, 0.50), percentiles(latencies, 0.95), percentiles(latencies, 0.99), totals,
                total, totalErrors, expirations);
    }

    private static List<Double> percentiles(List<List<Long>> perMinute, double p) {
        return perMinute.stream().map(samples -> percentile(samples, p) / 1_000_000.0).toList();
    }

    /** Nearest-rank percentile of the samples in nanoseconds, 0 when there are none. */
    static long percentile(List<Long> samples, double p) {
        if (samples.isEmpty()) {
            return 0;
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
