package org.kmslab.quiz;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of an attempt.
 *
 * @param scaled an approximation of the exam's 100-1000 scale (see {@link Scoring})
 * @param wrong  ids of the questions answered wrongly or not at all, in attempt order
 */
public record Score(
        int correct,
        int answered,
        int total,
        int scaled,
        boolean passed,
        Map<Integer, Tally> byDomain,
        Map<String, Tally> byTopic,
        List<String> wrong) {

    public Score {
        byDomain = Collections.unmodifiableMap(new TreeMap<>(byDomain));
        byTopic = Collections.unmodifiableMap(new LinkedHashMap<>(byTopic));
        wrong = List.copyOf(wrong);
    }

    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * correct / total);
    }

    /** Topics whose share of correct answers is below the threshold percentage, weakest first. */
    public List<String> weakTopics(int thresholdPercent) {
        return byTopic.entrySet().stream()
                .filter(e -> e.getValue().percent() < thresholdPercent)
                .sorted(Map.Entry.comparingByValue(Comparator.comparingDouble(Tally::ratio)))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Right answers out of questions asked, for one domain or topic. */
    public record Tally(int correct, int total) {
        static Tally of(boolean right) {
            return new Tally(right ? 1 : 0, 1);
        }

        Tally plus(Tally other) {
            return new Tally(correct + other.correct, total + other.total);
        }

        public double ratio() {
            return total == 0 ? 0 : (double) correct / total;
        }

        public int percent() {
            return (int) Math.round(100 * ratio());
        }
    }
}
