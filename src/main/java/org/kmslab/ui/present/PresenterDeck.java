package org.kmslab.ui.present;

import java.util.List;
import org.kmslab.lessons.Lesson;

/**
 * Where a presentation is: the step on screen, whether the answers are shown, and how far the scripted demo has got.
 * Plain Java, so the keyboard and script rules are tested without a browser. Not thread-safe: {@link Presentation}
 * guards it.
 */
public final class PresenterDeck {

    /** Seconds between two actions of the scripted demo, by speed name. */
    public enum Speed {
        SLOW(6), NORMAL(3), FAST(1);

        private final int seconds;

        Speed(int seconds) {
            this.seconds = seconds;
        }

        public int seconds() {
            return seconds;
        }
    }

    private final Lesson lesson;
    private final SolutionPlan plan;
    private int step;
    private boolean answersShown;
    private int nextAction;
    private Speed speed = Speed.NORMAL;

    public PresenterDeck(Lesson lesson, SolutionPlan plan) {
        if (plan.stepOfAction().size() != lesson.solution().size()) {
            throw new IllegalArgumentException("The plan does not match the lesson's solution.");
        }
        this.lesson = lesson;
        this.plan = plan;
    }

    public Lesson lesson() {
        return lesson;
    }

    public int step() {
        return step;
    }

    public Lesson.Step currentStep() {
        return lesson.steps().get(step);
    }

    /** The step after this one, if any: shown in the speaker notes as what comes next. */
    public java.util.Optional<Lesson.Step> upcomingStep() {
        return step + 1 < lesson.steps().size()
                ? java.util.Optional.of(lesson.steps().get(step + 1)) : java.util.Optional.empty();
    }

    public int stepCount() {
        return lesson.steps().size();
    }

    public boolean isFirst() {
        return step == 0;
    }

    public boolean isLast() {
        return step == stepCount() - 1;
    }

    public boolean next() {
        return goTo(step + 1);
    }

    public boolean back() {
        return goTo(step - 1);
    }

    /** Moves to a step; returns false (and stays) when there is no such step or it is already shown. */
    public boolean goTo(int target) {
        if (target < 0 || target >= stepCount() || target == step) {
            return false;
        }
        step = target;
        return true;
    }

    public boolean answersShown() {
        return answersShown;
    }

    public void toggleAnswers() {
        answersShown = !answersShown;
    }

    /** The reference-solution actions that do the current step, in order. */
    public List<Lesson.SolutionAction> answers() {
        return plan.actionsOf(step).stream().map(lesson.solution()::get).toList();
    }

    public Speed speed() {
        return speed;
    }

    public void speed(Speed newSpeed) {
        speed = java.util.Objects.requireNonNull(newSpeed, "speed");
    }

    /** The index of the next solution action the script will play. */
    public int nextAction() {
        return nextAction;
    }

    public int actionCount() {
        return lesson.solution().size();
    }

    public boolean scriptFinished() {
        return nextAction >= actionCount();
    }

    /**
     * The script is about to play its next action: the deck first shows the step that action belongs to (never moving
     * back, so an instructor who went ahead stays ahead). Returns the action.
     */
    public Lesson.SolutionAction beginAction() {
        if (scriptFinished()) {
            throw new IllegalStateException("The scripted demo has played every action.");
        }
        int target = plan.stepOf(nextAction);
        if (target > step) {
            step = target;
        }
        return lesson.solution().get(nextAction);
    }

    /** The action begun last ran as planned. */
    public void actionDone() {
        nextAction++;
    }

    /** Back to the first step with the script at its start, answers hidden: what a sandbox reset goes with. */
    public void restart() {
        step = 0;
        nextAction = 0;
        answersShown = false;
    }
}
