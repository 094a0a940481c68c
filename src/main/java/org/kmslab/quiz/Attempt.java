package org.kmslab.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One learner's run through a list of questions: the order and option order fixed when it starts (from a seed), the
 * answers given so far, flags, the questions already checked, and where the learner is. Everything needed to resume
 * after a restart is in {@link #state()}; the attempt is not thread-safe and is saved after every change.
 * Option indexes are always in file order; {@link #optionOrder(String)} gives the order to show them in.
 */
public final class Attempt {

    /** The persistent form of an attempt. */
    public record State(
            String id,
            String learner,
            AttemptMode mode,
            String label,
            long seed,
            Instant startedAt,
            Duration timeLimit,
            List<String> questionIds,
            Map<String, List<Integer>> optionOrder,
            Map<String, Set<Integer>> answers,
            Set<String> flagged,
            Set<String> checked,
            int position,
            Instant submittedAt,
            Set<String> inSandbox) {

        /** {@code inSandbox}: the hands-on questions answered by doing their task (none in attempts saved before). */
        public State {
            inSandbox = inSandbox == null ? Set.of() : Set.copyOf(inSandbox);
        }

        /** A state in which no question is being answered in a sandbox. */
        public State(String id, String learner, AttemptMode mode, String label, long seed, Instant startedAt,
                Duration timeLimit, List<String> questionIds, Map<String, List<Integer>> optionOrder,
                Map<String, Set<Integer>> answers, Set<String> flagged, Set<String> checked, int position,
                Instant submittedAt) {
            this(id, learner, mode, label, seed, startedAt, timeLimit, questionIds, optionOrder, answers, flagged,
                    checked, position, submittedAt, Set.of());
        }
    }

    private final State base;
    private final Map<String, Set<Integer>> answers;
    private final Set<String> flagged;
    private final Set<String> checked;
    private final Set<String> inSandbox;
    private int position;
    private Instant submittedAt;

    public Attempt(State state) {
        this.base = state;
        this.answers = new HashMap<>();
        state.answers().forEach((q, a) -> answers.put(q, Set.copyOf(a)));
        this.flagged = new LinkedHashSet<>(state.flagged());
        this.checked = new LinkedHashSet<>(state.checked());
        this.inSandbox = new LinkedHashSet<>(state.inSandbox());
        this.position = state.position();
        this.submittedAt = state.submittedAt();
    }

    public State state() {
        Map<String, Set<Integer>> copy = new HashMap<>();
        answers.forEach((q, a) -> copy.put(q, new TreeSet<>(a)));
        return new State(base.id(), base.learner(), base.mode(), base.label(), base.seed(), base.startedAt(),
                base.timeLimit(), base.questionIds(), base.optionOrder(), copy, new LinkedHashSet<>(flagged),
                new LinkedHashSet<>(checked), position, submittedAt, new LinkedHashSet<>(inSandbox));
    }

    public String id() {
        return base.id();
    }

    public String learner() {
        return base.learner();
    }

    public AttemptMode mode() {
        return base.mode();
    }

    /** What was chosen when starting, e.g. "Exam: 65 questions" or "Drill: topic key-rotation". */
    public String label() {
        return base.label();
    }

    public Instant startedAt() {
        return base.startedAt();
    }

    public List<String> questionIds() {
        return base.questionIds();
    }

    public int size() {
        return base.questionIds().size();
    }

    public int position() {
        return position;
    }

    public String currentQuestionId() {
        return base.questionIds().get(position);
    }

    public List<Integer> optionOrder(String questionId) {
        return base.optionOrder().get(questionId);
    }

    public Set<Integer> answer(String questionId) {
        return answers.getOrDefault(questionId, Set.of());
    }

    public boolean isAnswered(String questionId) {
        return !answer(questionId).isEmpty();
    }

    public long answeredCount() {
        return base.questionIds().stream().filter(this::isAnswered).count();
    }

    public boolean isFlagged(String questionId) {
        return flagged.contains(questionId);
    }

    public Set<String> flagged() {
        return Set.copyOf(flagged);
    }

    public boolean isChecked(String questionId) {
        return checked.contains(questionId);
    }

    /** Whether the learner chose to answer this hands-on question in a sandbox, so its options are not offered. */
    public boolean isInSandbox(String questionId) {
        return inSandbox.contains(questionId);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(base.timeLimit());
    }

    public Optional<Instant> deadline() {
        return timeLimit().map(limit -> base.startedAt().plus(limit));
    }

    /** Time left before the deadline (never negative), or empty for untimed attempts. */
    public Optional<Duration> remaining(Instant now) {
        return deadline().map(d -> now.isBefore(d) ? Duration.between(now, d) : Duration.ZERO);
    }

    public boolean isExpired(Instant now) {
        return deadline().map(d -> !now.isBefore(d)).orElse(false);
    }

    /** Replaces the answer to a question; options are file-order indexes. */
    public void answer(String questionId, Set<Integer> options, Instant now) {
        requireOpen(now);
        requireQuestion(questionId);
        if (isChecked(questionId)) {
            throw new IllegalStateException("question " + questionId + " was already checked");
        }
        if (isInSandbox(questionId)) {
            throw new IllegalStateException("question " + questionId + " is answered in the sandbox, not by options");
        }
        if (options.isEmpty()) {
            answers.remove(questionId);
        } else {
            answers.put(questionId, Set.copyOf(options));
        }
    }

    /** Marks a question as checked: its answer is final and its feedback may be shown. */
    public void check(String questionId, Instant now) {
        requireInstantFeedback(questionId, now);
        if (isInSandbox(questionId)) {
            throw new IllegalStateException("question " + questionId + " is answered in the sandbox: its goal decides");
        }
        checked.add(questionId);
    }

    /**
     * Chooses to answer a hands-on question by doing its task in a sandbox (practice, drill and review): from now on
     * only the goal decides, so its options can no longer be chosen. Refused once options were chosen or it was checked.
     */
    public void chooseSandbox(String questionId, Instant now) {
        requireInstantFeedback(questionId, now);
        if (isChecked(questionId)) {
            throw new IllegalStateException("question " + questionId + " was already checked");
        }
        if (isAnswered(questionId)) {
            throw new IllegalStateException("question " + questionId + " was already answered from its options");
        }
        inSandbox.add(questionId);
    }

    /**
     * Ends a question answered in the sandbox: solved (its goal holds) records the correct options as the answer;
     * otherwise (the learner asked for the solution) it stays unanswered, which counts as wrong.
     */
    public void finishInSandbox(String questionId, Set<Integer> correctOptions, boolean solved, Instant now) {
        requireInstantFeedback(questionId, now);
        if (!isInSandbox(questionId)) {
            throw new IllegalStateException("question " + questionId + " is not being answered in the sandbox");
        }
        if (isChecked(questionId)) {
            throw new IllegalStateException("question " + questionId + " was already checked");
        }
        if (solved) {
            answers.put(questionId, Set.copyOf(correctOptions));
        }
        checked.add(questionId);
    }

    private void requireInstantFeedback(String questionId, Instant now) {
        requireOpen(now);
        requireQuestion(questionId);
        if (!base.mode().instantFeedback()) {
            throw new IllegalStateException("answers are only checked when a " + base.mode() + " attempt is submitted");
        }
    }

    public void toggleFlag(String questionId) {
        requireQuestion(questionId);
        if (!flagged.remove(questionId)) {
            flagged.add(questionId);
        }
    }

    public void moveTo(int newPosition) {
        if (newPosition < 0 || newPosition >= size()) {
            throw new IllegalArgumentException("no question at position " + newPosition);
        }
        position = newPosition;
    }

    /** Ends the attempt; later changes are refused. Submitting twice keeps the first time. */
    public void submit(Instant now) {
        if (submittedAt == null) {
            submittedAt = deadline().filter(now::isAfter).orElse(now);
        }
    }

    /** The questions answered wrongly or left unanswered, and the flagged ones, in attempt order. */
    public List<String> wrongOrFlagged(QuestionBank bank) {
        List<String> out = new ArrayList<>();
        for (String id : base.questionIds()) {
            if (bank.find(id).isPresent() && (flagged.contains(id) || !Scoring.isCorrect(bank.get(id), answer(id)))) {
                out.add(id);
            }
        }
        return out;
    }

    private void requireOpen(Instant now) {
        if (isSubmitted()) {
            throw new IllegalStateException("attempt " + id() + " is already submitted");
        }
        if (isExpired(now)) {
            throw new IllegalStateException("attempt " + id() + " ran out of time");
        }
    }

    private void requireQuestion(String questionId) {
        if (!base.questionIds().contains(questionId)) {
            throw new IllegalArgumentException("question " + questionId + " is not in attempt " + id());
        }
    }
}
