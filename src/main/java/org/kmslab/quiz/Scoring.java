package org.kmslab.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores attempts the way the exam does: a single-answer question is right when its one correct option is chosen; a
 * multiple-response question is right only when exactly the correct options are chosen (no partial credit). Unanswered
 * questions count as wrong.
 *
 * <p>The scaled score maps the fraction correct linearly onto 100-1000, with 720 to pass. This is an approximation:
 * AWS scales each exam form with its own statistical model and does not publish the mapping, and the real exam also
 * carries unscored questions.
 */
public final class Scoring {

    public static final int MIN_SCALED = 100;
    public static final int MAX_SCALED = 1000;
    public static final int PASSING_SCALED = 720;

    private Scoring() {}

    public static boolean isCorrect(Question question, Set<Integer> chosen) {
        return !chosen.isEmpty() && chosen.equals(question.correctOptions());
    }

    /** The scaled score for a number correct out of a total. */
    public static int scaled(int correct, int total) {
        if (total == 0) {
            return MIN_SCALED;
        }
        return MIN_SCALED + (int) Math.round((MAX_SCALED - MIN_SCALED) * (double) correct / total);
    }

    public static Score score(Attempt attempt, QuestionBank bank) {
        Map<Integer, Score.Tally> byDomain = new TreeMap<>();
        Map<String, Score.Tally> byTopic = new LinkedHashMap<>();
        bank.topics().forEach(t -> byTopic.put(t, null));
        List<String> wrong = new ArrayList<>();
        int correct = 0;
        int total = 0;
        for (String id : attempt.questionIds()) {
            Question q = bank.find(id).orElse(null);
            if (q == null) {
                continue; // removed from the bank since the attempt was made
            }
            total++;
            boolean right = isCorrect(q, attempt.answer(id));
            if (right) {
                correct++;
            } else {
                wrong.add(id);
            }
            byDomain.merge(q.domain(), Score.Tally.of(right), Score.Tally::plus);
            byTopic.merge(q.topic(), Score.Tally.of(right), (a, b) -> a == null ? b : a.plus(b));
        }
        byTopic.values().removeIf(Objects::isNull);
        int scaled = scaled(correct, total);
        return new Score(correct, (int) attempt.answeredCount(), total, scaled, scaled >= PASSING_SCALED, byDomain,
                byTopic, wrong);
    }
}
