package org.kmslab.ui.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
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
    private final Set<String> visited = new HashSet<>();
    private final Set<String> completedBefore = new HashSet<>();
    private int current;
    private int hintsShown;

    public LessonPresenter(Lesson lesson) {
        this.lesson = lesson;
        visited.add(currentStep().id());
    }

    /**
     * Picks up where a learner left off: the step they were on and the steps they had completed (by id, so saved
     * progress survives steps being added or reordered). Unknown step ids are ignored; an unknown current step
     * starts at the first step.
     */
    public void resume(String currentStepId, Set<String> completedStepIds) {
        completedBefore.clear();
        completedBefore.addAll(completedStepIds);
        visited.addAll(completedStepIds);
        int index = indexOf(currentStepId);
        goTo(index < 0 ? 0 : index);
    }

    /** Starts the lesson again: first step, no events, nothing completed. */
    public void restart() {
        events.clear();
        visited.clear();
        completedBefore.clear();
        current = 0;
        hintsShown = 0;
        visited.add(currentStep().id());
    }

    /** Shows step {@code index} (clamped to the lesson). */
    public void goTo(int index) {
        int target = Math.clamp(index, 0, lesson.steps().size() - 1);
        if (target != current) {
            current = target;
            hintsShown = 0;
        }
        visited.add(currentStep().id());
    }

    public int indexOf(String stepId) {
        return IntStream.range(0, lesson.steps().size())
                .filter(i -> lesson.steps().get(i).id().equals(stepId)).findFirst().orElse(-1);
    }

    /** The ids of the steps done: goals met (now or in an earlier visit) and goal-less steps read. */
    public Set<String> completedStepIds() {
        Set<String> done = new LinkedHashSet<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (isCompleted(i)) {
                done.add(lesson.steps().get(i).id());
            }
        }
        return done;
    }

    /** A step counts as done when its goal is met, or, for a step without a goal, when the learner has read it. */
    public boolean isCompleted(int stepIndex) {
        Lesson.Step step = lesson.steps().get(stepIndex);
        if (completedBefore.contains(step.id())) {
            return true;
        }
        return step.hasGoal() ? GoalChecker.isMet(step.goal(), events) : visited.contains(step.id());
    }

    /** The engine events recorded since the lesson started (or restarted), oldest first. */
    public List<EngineEvent> events() {
        return List.copyOf(events);
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
        goTo(current + 1);
    }

    public void back() {
        goTo(current - 1);
    }

    /** Records an engine event of the learner's sandbox; returns true if it completed the current step's goal. */
    public boolean record(EngineEvent event) {
        boolean before = isGoalMet(current);
        events.add(event);
        return !before && isGoalMet(current);
    }

    /** A step without a goal is met by reading it; a goal met in an earlier visit stays met. */
    public boolean isGoalMet(int stepIndex) {
        Lesson.Step step = lesson.steps().get(stepIndex);
        return !step.hasGoal() || completedBefore.contains(step.id()) || GoalChecker.isMet(step.goal(), events);
    }

    public long completedSteps() {
        return IntStream.range(0, lesson.steps().size()).filter(this::isCompleted).count();
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
