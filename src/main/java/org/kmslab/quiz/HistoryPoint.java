package org.kmslab.quiz;

import java.time.Instant;

/** One submitted attempt, as drawn on the history chart. */
public record HistoryPoint(
        String attemptId,
        Instant submittedAt,
        AttemptMode mode,
        String label,
        int correct,
        int total,
        int scaled,
        boolean passed) {

    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * correct / total);
    }
}
