package org.kmslab.ui.classroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One live poll: the question, each learner's latest answer, and whether the instructor has revealed the right one.
 * Before the reveal a learner sees the stem and the option texts only (see {@link #forLearner}); the aggregate and the
 * explanations come with the reveal. Not thread-safe: {@link Classroom} guards it.
 */
public final class Poll {

    private final PollQuestion question;
    private final Map<String, Set<Integer>> answers = new LinkedHashMap<>();
    private boolean revealed;

    Poll(PollQuestion question) {
        this.question = question;
    }

    public PollQuestion question() {
        return question;
    }

    public boolean revealed() {
        return revealed;
    }

    void reveal() {
        revealed = true;
    }

    /** Records (or replaces) a learner's answer. Answers after the reveal are refused. */
    boolean answer(String learner, Set<Integer> options) {
        if (revealed || options.isEmpty() || (!question.multiple() && options.size() != 1)
                || options.stream().anyMatch(i -> i < 0 || i >= question.options().size())) {
            return false;
        }
        answers.put(learner, Set.copyOf(options));
        return true;
    }

    /** How many learners chose each option, in option order; a learner may count in several for a multiple choice. */
    public Tally tally() {
        int[] counts = new int[question.options().size()];
        answers.values().forEach(set -> set.forEach(i -> counts[i]++));
        return new Tally(java.util.Arrays.stream(counts).boxed().toList(), answers.size());
    }

    public record Tally(List<Integer> counts, int responders) {
        public Tally {
            counts = List.copyOf(counts);
        }
    }

    /** What one learner may see of this poll now. */
    LearnerPoll forLearner(String learner) {
        Set<Integer> mine = answers.getOrDefault(learner, Set.of());
        if (!revealed) {
            return new LearnerPoll(question.id(), question.stem(), question.multiple(), question.optionTexts(), mine,
                    false, Set.of(), List.of(), Optional.empty());
        }
        return new LearnerPoll(question.id(), question.stem(), question.multiple(), question.optionTexts(), mine,
                true, question.correctOptions(),
                question.options().stream().map(PollQuestion.Option::explanation).toList(), Optional.of(tally()));
    }

    /**
     * A learner's view of a poll: before the reveal, {@code correct} and {@code explanations} are empty and there is
     * no tally, so nothing of the answer reaches the learner's browser early.
     */
    public record LearnerPoll(String questionId, String stem, boolean multiple, List<String> options,
            Set<Integer> myAnswer, boolean revealed, Set<Integer> correct, List<String> explanations,
            Optional<Tally> tally) {}
}
