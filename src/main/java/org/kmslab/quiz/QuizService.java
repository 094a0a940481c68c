package org.kmslab.quiz;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The quiz's one entry point for views: starts, resumes and changes attempts, checks and scores them, keeps the
 * spaced-repetition schedule of missed questions and stores problem reports. Every change is saved before the method
 * returns, so a restart loses nothing. Timed attempts past their deadline are submitted when next touched.
 */
public class QuizService {

    /** How many due questions a daily spaced review offers at most. */
    public static final int DAILY_REVIEW_LIMIT = 30;

    private final QuestionBank bank;
    private final QuizStore store;
    private final Clock clock;
    private final LongSupplier seeds;
    private final QuestionPicker picker;
    private final Sm2Scheduler scheduler;
    private final UnaryOperator<String> topicTitles;

    public QuizService(QuestionBank bank, QuizStore store, Clock clock, LongSupplier seeds) {
        this(bank, store, clock, seeds, UnaryOperator.identity());
    }

    /** @param topicTitles a lesson id to its title, for attempt labels people read ("Drill · topic Key rotation") */
    public QuizService(QuestionBank bank, QuizStore store, Clock clock, LongSupplier seeds,
                       UnaryOperator<String> topicTitles) {
        this.topicTitles = topicTitles;
        this.bank = bank;
        this.store = store;
        this.clock = clock;
        this.seeds = seeds;
        this.picker = new QuestionPicker(bank);
        this.scheduler = new Sm2Scheduler(clock);
    }

    public QuestionBank bank() {
        return bank;
    }

    public Instant now() {
        return clock.instant();
    }

    public synchronized Attempt start(String learner, Selection selection) {
        return start(learner, selection, seeds.getAsLong());
    }

    /** Starts an attempt whose question and option order come from the seed. */
    public synchronized Attempt start(String learner, Selection selection, long seed) {
        List<String> ids = picker.pick(selection, seed);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no questions match " + selection.label(0));
        }
        Attempt attempt = new Attempt(new Attempt.State(UUID.randomUUID().toString(), learner, selection.mode(),
                selection.label(ids.size(), topicTitles), seed, clock.instant(), selection.timeLimit(), ids,
                picker.optionOrders(ids, seed), java.util.Map.of(), Set.of(), Set.of(), 0, null));
        store.save(attempt);
        return attempt;
    }

    /** Starts a review of the wrong and flagged questions of a finished attempt. */
    public synchronized Optional<Attempt> startReview(String learner, String fromAttemptId) {
        Attempt from = attempt(fromAttemptId);
        List<String> ids = from.wrongOrFlagged(bank);
        return ids.isEmpty() ? Optional.empty() : Optional.of(start(learner, Selection.of(AttemptMode.REVIEW, ids)));
    }

    /** Starts today's spaced review, if any question is due. */
    public synchronized Optional<Attempt> startDailyReview(String learner) {
        List<String> ids = store.due(learner, scheduler.today(), DAILY_REVIEW_LIMIT).stream()
                .map(ReviewCard::questionId).filter(id -> bank.find(id).isPresent()).toList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(start(learner, Selection.of(AttemptMode.SPACED, ids)));
    }

    /** The attempt to resume: the learner's latest unfinished one that still has time left. */
    public synchronized Optional<Attempt> resumable(String learner) {
        Optional<Attempt> latest = store.latestUnfinished(learner);
        if (latest.isPresent() && latest.get().isExpired(clock.instant())) {
            finish(latest.get());
            return resumable(learner);
        }
        return latest;
    }

    public synchronized Attempt attempt(String id) {
        Attempt attempt = store.attempt(id).orElseThrow(() -> new IllegalArgumentException("no attempt " + id));
        if (!attempt.isSubmitted() && attempt.isExpired(clock.instant())) {
            finish(attempt);
        }
        return attempt;
    }

    public synchronized Attempt answer(String attemptId, String questionId, Set<Integer> options) {
        Attempt attempt = attempt(attemptId);
        attempt.answer(questionId, options, clock.instant());
        store.save(attempt);
        return attempt;
    }

    /** Checks one question in an instant-feedback mode; a miss enters (or resets) its spaced-repetition card. */
    public synchronized Feedback check(String attemptId, String questionId) {
        Attempt attempt = attempt(attemptId);
        attempt.check(questionId, clock.instant());
        store.save(attempt);
        Question question = bank.get(questionId);
        boolean correct = Scoring.isCorrect(question, attempt.answer(questionId));
        record(attempt.learner(), questionId, correct);
        return new Feedback(question, attempt.answer(questionId), correct);
    }

    /** Feedback for a question that may be shown: checked, or in a submitted attempt. */
    public synchronized Optional<Feedback> feedback(String attemptId, String questionId) {
        Attempt attempt = attempt(attemptId);
        if (!attempt.isChecked(questionId) && !attempt.isSubmitted()) {
            return Optional.empty();
        }
        Question question = bank.get(questionId);
        return Optional.of(new Feedback(question, attempt.answer(questionId),
                Scoring.isCorrect(question, attempt.answer(questionId)), attempt.isInSandbox(questionId)));
    }

    /**
     * Chooses to answer a hands-on question in a sandbox: its options are no longer offered, and only
     * {@link #checkHandsOn} (the goal holds) or {@link #showSolution} (missed) ends it.
     */
    public synchronized Attempt chooseSandbox(String attemptId, String questionId) {
        Attempt attempt = attempt(attemptId);
        if (bank.get(questionId).handsOn() == null) {
            throw new IllegalArgumentException("question " + questionId + " has no hands-on task");
        }
        attempt.chooseSandbox(questionId, clock.instant());
        store.save(attempt);
        return attempt;
    }

    /**
     * The learner asks for the reference solution of a task done in the sandbox: the question ends as missed (it enters
     * or resets its spaced-repetition card), and its options and explanations may be shown. Asking again changes nothing.
     */
    public synchronized Feedback showSolution(String attemptId, String questionId) {
        Attempt attempt = attempt(attemptId);
        if (!attempt.isChecked(questionId)) {
            attempt.finishInSandbox(questionId, Set.of(), false, clock.instant());
            store.save(attempt);
            record(attempt.learner(), questionId, false);
        }
        return feedback(attemptId, questionId).orElseThrow();
    }

    /**
     * Checks a hands-on question against the learner's sandbox. When the learner chose the sandbox for it
     * ({@link #chooseSandbox}) and the goal holds, the question counts as answered correctly: the correct options are
     * recorded and the question is checked. A report that fails changes nothing, so the learner can try again.
     */
    public synchronized HandsOnChecker.Report checkHandsOn(String attemptId, String questionId, SandboxProbe probe) {
        Attempt attempt = attempt(attemptId);
        Question question = bank.get(questionId);
        if (question.handsOn() == null) {
            throw new IllegalArgumentException("question " + questionId + " has no hands-on task");
        }
        HandsOnChecker.Report report = HandsOnChecker.check(question.handsOn(), probe);
        if (report.passed() && attempt.isInSandbox(questionId) && !attempt.isChecked(questionId)
                && !attempt.isSubmitted()) {
            attempt.finishInSandbox(questionId, question.correctOptions(), true, clock.instant());
            store.save(attempt);
            record(attempt.learner(), questionId, true);
        }
        return report;
    }

    public synchronized Attempt toggleFlag(String attemptId, String questionId) {
        Attempt attempt = attempt(attemptId);
        attempt.toggleFlag(questionId);
        store.save(attempt);
        return attempt;
    }

    public synchronized Attempt moveTo(String attemptId, int position) {
        Attempt attempt = attempt(attemptId);
        attempt.moveTo(position);
        store.save(attempt);
        return attempt;
    }

    /** Ends the attempt and returns its score. Exam answers feed the spaced-repetition schedule now. */
    public synchronized Score submit(String attemptId) {
        Attempt attempt = attempt(attemptId);
        if (!attempt.isSubmitted()) {
            finish(attempt);
        }
        return Scoring.score(attempt, bank);
    }

    public synchronized Score score(String attemptId) {
        return Scoring.score(attempt(attemptId), bank);
    }

    /** The learner's submitted attempts, oldest first. */
    public synchronized List<HistoryPoint> history(String learner) {
        List<HistoryPoint> points = new ArrayList<>();
        for (Attempt a : store.submitted(learner)) {
            Score s = Scoring.score(a, bank);
            points.add(new HistoryPoint(a.id(), a.submittedAt().orElseThrow(), a.mode(), a.label(), s.correct(),
                    s.total(), s.scaled(), s.passed()));
        }
        return points;
    }

    public synchronized int dueToday(String learner) {
        return store.countDue(learner, scheduler.today());
    }

    /** When the next review cards fall due after today, and how many fall due that day; empty with no cards. */
    public synchronized Optional<NextReview> nextReview(String learner) {
        LocalDate today = scheduler.today();
        List<ReviewCard> later = store.cards(learner).stream().filter(c -> c.due().isAfter(today)).toList();
        return later.stream().map(ReviewCard::due).min(LocalDate::compareTo)
                .map(day -> new NextReview(day, java.time.temporal.ChronoUnit.DAYS.between(today, day),
                        (int) later.stream().filter(c -> c.due().equals(day)).count()));
    }

    /** The next day with due review cards, how many days from today that is, and how many are due then. */
    public record NextReview(LocalDate day, long inDays, int count) {}

    public synchronized List<ReviewCard> reviewCards(String learner) {
        return store.cards(learner);
    }

    public synchronized ProblemReport report(String learner, String questionId, ProblemReport.Category category,
                                             String message) {
        bank.get(questionId);
        String text = message == null ? "" : message.strip();
        if (text.length() > ProblemReport.MAX_MESSAGE) {
            text = text.substring(0, ProblemReport.MAX_MESSAGE);
        }
        return store.add(new ProblemReport(0, learner, questionId, category, text, clock.instant(), false));
    }

    public synchronized List<ProblemReport> reports(boolean includeResolved) {
        return store.reports(includeResolved);
    }

    public synchronized void resolveReport(long id) {
        store.resolve(id);
    }

    private void finish(Attempt attempt) {
        attempt.submit(clock.instant());
        store.save(attempt);
        if (!attempt.mode().instantFeedback()) {
            Set<String> seen = new LinkedHashSet<>(attempt.questionIds());
            for (String id : seen) {
                bank.find(id).ifPresent(q -> record(attempt.learner(), id, Scoring.isCorrect(q, attempt.answer(id))));
            }
        }
    }

    private void record(String learner, String questionId, boolean correct) {
        Optional<ReviewCard> card = store.card(learner, questionId);
        if (card.isPresent()) {
            store.save(scheduler.answered(card.get(), correct));
        } else if (!correct) {
            store.save(scheduler.firstMiss(learner, questionId));
        }
    }
}
