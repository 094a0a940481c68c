package org.kmslab.quiz;

import java.time.Duration;
import java.util.List;

/**
 * What to put in a new attempt: the mode, optional filters, how many questions, an optional time limit, or an explicit
 * list of question ids (review and spaced repetition).
 */
public record Selection(
        AttemptMode mode,
        Integer domain,
        String task,
        String topic,
        int count,
        Duration timeLimit,
        List<String> questionIds,
        boolean includeHandsOn) {

    /** The real exam: 65 questions in 130 minutes. */
    public static final int EXAM_QUESTIONS = 65;
    public static final Duration EXAM_TIME = Duration.ofMinutes(130);

    public Selection {
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
        if (count < 1) {
            throw new IllegalArgumentException("an attempt needs at least one question");
        }
    }

    public static Selection practice(int count) {
        return new Selection(AttemptMode.PRACTICE, null, null, null, count, null, null, true);
    }

    /** An exam of the real shape, or a shorter one at the same pace of two minutes per question. */
    public static Selection exam(int count) {
        Duration limit = count == EXAM_QUESTIONS ? EXAM_TIME : Duration.ofMinutes(2L * count);
        return new Selection(AttemptMode.EXAM, null, null, null, count, limit, null, true);
    }

    public static Selection exam(int count, Duration timeLimit) {
        return new Selection(AttemptMode.EXAM, null, null, null, count, timeLimit, null, true);
    }

    public static Selection drill(Integer domain, String task, String topic, int count) {
        return new Selection(AttemptMode.DRILL, domain, task, topic, count, null, null, true);
    }

    public static Selection of(AttemptMode mode, List<String> questionIds) {
        return new Selection(mode, null, null, null, Math.max(1, questionIds.size()), null, questionIds, true);
    }

    public boolean matches(Question q) {
        return (domain == null || domain == q.domain())
                && (task == null || task.equals(q.task()))
                && (topic == null || topic.equals(q.topic()))
                && (includeHandsOn || q.handsOn() == null);
    }

    /** A short description with the topic's lesson id, e.g. "Drill · topic key-rotation · 10 questions". */
    public String label(int actualCount) {
        return label(actualCount, java.util.function.UnaryOperator.identity());
    }

    /** A short human description, with the topic by its title: "Drill · topic Key rotation · 10 questions". */
    public String label(int actualCount, java.util.function.UnaryOperator<String> topicTitles) {
        StringBuilder sb = new StringBuilder(switch (mode) {
            case PRACTICE -> "Practice";
            case EXAM -> "Timed exam";
            case DRILL -> "Drill";
            case REVIEW -> "Review of wrong and flagged answers";
            case SPACED -> "Daily spaced review";
        });
        if (domain != null) {
            sb.append(" · domain ").append(domain);
        }
        if (task != null) {
            sb.append(" · task ").append(task);
        }
        if (topic != null) {
            sb.append(" · topic ").append(topicTitles.apply(topic));
        }
        return sb.append(" · ").append(actualCount).append(actualCount == 1 ? " question" : " questions").toString();
    }
}
