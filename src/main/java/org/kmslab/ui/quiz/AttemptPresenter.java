package org.kmslab.ui.quiz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kmslab.quiz.Attempt;
import org.kmslab.quiz.AttemptMode;
import org.kmslab.quiz.Feedback;
import org.kmslab.quiz.HandsOnChecker;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.QuestionType;
import org.kmslab.quiz.QuizService;
import org.kmslab.quiz.SandboxProbe;
import org.kmslab.quiz.Score;

/**
 * The state of the attempt screen, without any Vaadin: which question is shown, its options in the attempt's shuffled
 * order with letters, what is selected, the navigator, the timer text and the warnings before submitting. Display
 * positions (0 = A) are translated to the bank's option indexes here, so the view never sees the shuffle.
 */
final class AttemptPresenter {

    /** One option as shown: its letter, text and position in the bank file. */
    record ShownOption(String letter, String text, int fileIndex) {}

    /** One navigator cell. */
    record NavItem(int number, boolean answered, boolean flagged, boolean current, Boolean correct) {
        String accessibleName() {
            StringBuilder sb = new StringBuilder("Question ").append(number);
            sb.append(answered ? ", answered" : ", not answered");
            if (flagged) {
                sb.append(", flagged");
            }
            if (correct != null) {
                sb.append(correct ? ", correct" : ", wrong");
            }
            return sb.toString();
        }
    }

    /**
     * How the current question is answered. A hands-on question in practice, drill or review first offers the choice
     * ({@code CHOOSE}): do the task in a sandbox ({@code SANDBOX}: no options, only the goal decides) or answer from the
     * options ({@code OPTIONS}). Other questions, and every question of a timed exam, are answered from the options.
     * Once checked a question is {@code REVEALED}: its feedback shows every option with its explanation.
     */
    enum Stage { CHOOSE, SANDBOX, OPTIONS, REVEALED }

    private final QuizService service;
    private Attempt attempt;
    /** The question for which the learner chose "Answer from options" (not saved: until then nothing was shown). */
    private String optionsChosenFor;

    AttemptPresenter(QuizService service, String attemptId) {
        this.service = service;
        this.attempt = service.attempt(attemptId);
    }

    Attempt attempt() {
        return attempt;
    }

    void refresh() {
        attempt = service.attempt(attempt.id());
    }

    boolean isExam() {
        return attempt.mode() == AttemptMode.EXAM;
    }

    boolean isSubmitted() {
        return attempt.isSubmitted();
    }

    Question question() {
        return service.bank().get(attempt.currentQuestionId());
    }

    String positionText() {
        return "Question " + (attempt.position() + 1) + " of " + attempt.size();
    }

    /** "Choose one." or "Choose two.", as the exam words it. */
    String chooseText() {
        Question q = question();
        return q.type() == QuestionType.SINGLE ? "Choose one." : "Choose " + words(q.choose()) + ".";
    }

    List<ShownOption> options() {
        Question q = question();
        List<ShownOption> shown = new ArrayList<>();
        List<Integer> order = attempt.optionOrder(q.id());
        for (int i = 0; i < order.size(); i++) {
            int file = order.get(i);
            shown.add(new ShownOption(String.valueOf((char) ('A' + i)), q.options().get(file).text(), file));
        }
        return shown;
    }

    /** The bank indexes of the options selected now. */
    Set<Integer> selected() {
        return attempt.answer(attempt.currentQuestionId());
    }

    boolean isFlagged() {
        return attempt.isFlagged(attempt.currentQuestionId());
    }

    /** Whether the current question's answer is final and its feedback may be shown. */
    boolean isRevealed() {
        return attempt.isChecked(attempt.currentQuestionId()) || attempt.isSubmitted();
    }

    boolean canCheck() {
        return attempt.mode().instantFeedback() && stage() == Stage.OPTIONS && !selected().isEmpty();
    }

    Stage stage() {
        String id = attempt.currentQuestionId();
        if (isRevealed()) {
            return Stage.REVEALED;
        }
        if (question().handsOn() == null || !attempt.mode().instantFeedback()) {
            return Stage.OPTIONS;
        }
        if (attempt.isInSandbox(id)) {
            return Stage.SANDBOX;
        }
        return attempt.isAnswered(id) || id.equals(optionsChosenFor) ? Stage.OPTIONS : Stage.CHOOSE;
    }

    /** Whether the options may be shown now: never while the task is being done in the sandbox, nor before choosing. */
    boolean showsOptions() {
        Stage stage = stage();
        return stage == Stage.OPTIONS || stage == Stage.REVEALED;
    }

    /** Whether the question was (or is being) answered by doing its task in a sandbox. */
    boolean isInSandbox() {
        return attempt.isInSandbox(attempt.currentQuestionId());
    }

    /** "Do it in a sandbox": the options are not shown from now on, and only the goal decides. */
    void chooseSandbox() {
        attempt = service.chooseSandbox(attempt.id(), attempt.currentQuestionId());
    }

    /** "Answer from options": the question is answered as any other. */
    void chooseOptions() {
        optionsChosenFor = attempt.currentQuestionId();
    }

    /** "Check my sandbox": the goal decides; a met goal ends the question as correct. */
    HandsOnChecker.Report checkHandsOn(SandboxProbe sandbox) {
        HandsOnChecker.Report report = service.checkHandsOn(attempt.id(), attempt.currentQuestionId(), sandbox);
        refresh();
        return report;
    }

    /** "Show solution" on a task done in the sandbox: the question ends as missed and its feedback may be shown. */
    Feedback showSolution() {
        Feedback feedback = service.showSolution(attempt.id(), attempt.currentQuestionId());
        refresh();
        return feedback;
    }

    boolean isFirst() {
        return attempt.position() == 0;
    }

    boolean isLast() {
        return attempt.position() == attempt.size() - 1;
    }

    void select(Set<Integer> fileIndexes) {
        attempt = service.answer(attempt.id(), attempt.currentQuestionId(), new LinkedHashSet<>(fileIndexes));
    }

    Feedback check() {
        Feedback feedback = service.check(attempt.id(), attempt.currentQuestionId());
        refresh();
        return feedback;
    }

    Optional<Feedback> feedback() {
        return service.feedback(attempt.id(), attempt.currentQuestionId());
    }

    void toggleFlag() {
        attempt = service.toggleFlag(attempt.id(), attempt.currentQuestionId());
    }

    void moveTo(int position) {
        attempt = service.moveTo(attempt.id(), position);
    }

    void next() {
        if (!isLast()) {
            moveTo(attempt.position() + 1);
        }
    }

    void previous() {
        if (!isFirst()) {
            moveTo(attempt.position() - 1);
        }
    }

    List<NavItem> navigator() {
        List<NavItem> items = new ArrayList<>();
        List<String> ids = attempt.questionIds();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Boolean correct = null;
            if (attempt.isChecked(id) || attempt.isSubmitted()) {
                correct = service.feedback(attempt.id(), id).map(Feedback::correct).orElse(null);
            }
            items.add(new NavItem(i + 1, attempt.isAnswered(id), attempt.isFlagged(id), i == attempt.position(),
                    attempt.mode().instantFeedback() || attempt.isSubmitted() ? correct : null));
        }
        return items;
    }

    /** What to warn about before submitting, or empty when everything is answered and nothing is flagged. */
    Optional<String> submitWarning() {
        long unanswered = attempt.size() - attempt.answeredCount();
        int flagged = attempt.flagged().size();
        List<String> parts = new ArrayList<>();
        if (unanswered > 0) {
            parts.add(unanswered + (unanswered == 1 ? " question is" : " questions are") + " not answered");
        }
        if (flagged > 0) {
            parts.add(flagged + (flagged == 1 ? " question is" : " questions are") + " flagged for review");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", parts) + ".");
    }

    Score submit() {
        Score score = service.submit(attempt.id());
        refresh();
        return score;
    }

    Optional<Duration> remaining() {
        return attempt.remaining(service.now());
    }

    /** "1:05:09" or "4:07" for a time left. */
    static String clock(Duration left) {
        long seconds = Math.max(0, left.toSeconds());
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
    }

    static String words(int n) {
        return switch (n) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            case 4 -> "four";
            default -> String.valueOf(n);
        };
    }
}
