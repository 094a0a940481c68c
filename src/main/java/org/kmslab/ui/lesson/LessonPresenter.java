package org.kmslab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.GoalChecker;
import org.kmslab.lessons.Lesson;

/**
 * The lesson's step machine: where the learner is, which goals the events so far have met, and how many hints of the
 * current step are shown. Plain Java, so it is tested without a browser.
 */
public final class LessonPresenter {

    private final Lesson lesson;
    private final List<EngineEvent> events = new ArrayList<>();
    private int current;
    private int hintsShown;

    public LessonPresenter(Lesson lesson) {
        this.lesson = lesson;
    }

    public Lesson lesson() {
        return lesson;
    }

    public int currentIndex() {
        return current;
    }

    public Lesson.Step currentStep() {
        return lesson.steps().get(current);
    }

    public boolean isFirst() {
        return current == 0;
    }

    public boolean isLast() {
        return current == lesson.steps().size() - 1;
    }

    public void next() {
        if (!isLast()) {
            current++;
            hintsShown = 0;
        }
    }

    public void back() {
        if (!isFirst()) {
            current--;
            hintsShown = 0;
        }
    }

    /** Records an engine event of the learner's sandbox; returns true if it completed the current step's goal. */
    public boolean record(EngineEvent event) {
        boolean before = isGoalMet(current);
        events.add(event);
        return !before && isGoalMet(current);
    }

    /** A step without a goal is met by reading it. */
    public boolean isGoalMet(int stepIndex) {
        Lesson.Step step = lesson.steps().get(stepIndex);
        return !step.hasGoal() || GoalChecker.isMet(step.goal(), events);
    }

    public long completedSteps() {
        return java.util.stream.IntStream.range(0, lesson.steps().size()).filter(this::isGoalMet).count();
    }

    /** Shows one more hint of the current step; returns the hints now visible. */
    public List<String> revealHint() {
        hintsShown = Math.min(hintsShown + 1, currentStep().hints().size());
        return visibleHints();
    }

    public List<String> visibleHints() {
        return currentStep().hints().subList(0, hintsShown);
    }

    public boolean hasMoreHints() {
        return hintsShown < currentStep().hints().size();
    }
}
