package org.kmslab.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the metrics page charts for one account and Region: per-minute series over a window, oldest minute first.
 *
 * @param minutes        the start of each one-minute bucket
 * @param callsByClass   per quota class (sorted by name), the number of API calls in each minute
 * @param errors         failed calls in each minute
 * @param p50Millis      median engine latency per minute in milliseconds, 0 for a minute without calls
 * @param totalsByClass  calls in the whole window per quota class
 * @param secondsUntilKeyMaterialExpiration per key ARN with expiring imported material
 */
public record MetricsSnapshot(List<Instant> minutes, Map<String, List<Integer>> callsByClass, List<Integer> errors,
        List<Double> p50Millis, List<Double> p95Millis, List<Double> p99Millis, Map<String, Integer> totalsByClass,
        int totalCalls, int totalErrors, Map<String, Double> secondsUntilKeyMaterialExpiration) {
}
