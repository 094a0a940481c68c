package org.kmslab.lessons;

import java.util.List;

/**
 * One lesson, loaded from {@code lessons/<id>/lesson.yaml} with its steps' Markdown already read.
 *
 * @param workbench the interactive panel the lesson drives, e.g. {@code plaintext-lab}
 * @param solution  the reference solution, replayed by tests on a fresh engine
 */
public record Lesson(
        String id,
        String title,
        String summary,
        int minutes,
        String workbench,
        List<String> references,
        List<Step> steps,
        List<SolutionAction> solution) {

    public Lesson {
        references = List.copyOf(references);
        steps = List.copyOf(steps);
        solution = List.copyOf(solution);
    }

    /** One step: prose, an optional goal, graduated hints. */
    public record Step(String id, String title, String markdown, boolean pitfall, Goal goal, List<String> hints) {
        public Step {
            hints = List.copyOf(hints);
        }

        public boolean hasGoal() {
            return goal != null;
        }
    }

    /** A goal is met when every matcher is met by some event since the lesson started. */
    public record Goal(String description, List<EventMatcher> events) {
        public Goal {
            events = List.copyOf(events);
        }
    }

    /** Matches an engine event by operation and, optionally, outcome and AWS error code. */
    public record EventMatcher(String operation, Outcome outcome, String errorCode) {}

    public enum Outcome { SUCCESS, ERROR }

    /** One action of a reference solution, as a learner would do it on the workbench. */
    public record SolutionAction(String action, String plaintext, Integer offset) {}
}
