package org.kmslab.lessons;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    /**
     * The account lessons and hands-on quiz tasks are written in, the AWS documentation's example account; a sandbox
     * of another account reads its own id wherever this one is written.
     */
    public static final String AUTHORED_ACCOUNT = LessonAccount.AUTHORED;

    /**
     * This lesson as a sandbox of account {@code accountId} reads it: every mention of the account lessons are
     * written in ({@code 111122223333}) in its text, hints, notes, goals and solution names {@code accountId} instead.
     */
    public Lesson inAccount(String accountId) {
        return LessonAccount.render(this, accountId);
    }

    /**
     * One step: prose, the visualizer beside it, an optional goal, graduated hints, and speaker notes for
     * instructors (empty when the author wrote none).
     */
    public record Step(String id, String title, String markdown, boolean pitfall, String visual, Goal goal,
            List<String> hints, String notes) {
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

    /**
     * Matches an engine event by operation and, optionally, outcome, AWS error code, request parameters (by their
     * CloudTrail names), the Region the call ran in, and the key it acted on.
     *
     * @param key a label, or null: every matcher of one goal with the same label must be met by calls on one and the
     *            same key (by key id, so a multi-Region key's copies count as one key)
     */
    public record EventMatcher(String operation, Outcome outcome, String errorCode, Map<String, String> params,
            String region, String key) {
        public EventMatcher {
            params = Map.copyOf(params);
        }

        /** A matcher for a call on any key, in any Region. */
        public EventMatcher(String operation, Outcome outcome, String errorCode, Map<String, String> params) {
            this(operation, outcome, errorCode, params, null, null);
        }
    }

    public enum Outcome { SUCCESS, ERROR }

    /**
     * One action of a reference solution, as a learner would do it: a plaintext-lab button ({@code action}), an AWS
     * CLI command in the console ({@code cli}, with {@code save}d values and an {@code expectError}), or a
     * fast-forward of the sandbox clock ({@code advanceClock}, before the command if both are given).
     */
    public record SolutionAction(String action, String plaintext, Integer offset, String cli, Map<String, String> save,
            String expectError, Duration advanceClock) {
        public SolutionAction {
            save = save == null ? Map.of() : Map.copyOf(save);
        }
    }
}
