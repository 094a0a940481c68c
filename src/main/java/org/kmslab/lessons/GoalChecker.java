package org.kmslab.lessons;

import java.util.List;
import org.kmslab.engine.EngineEvent;

/**
 * Decides whether a step's goal is met by what really happened in the learner's sandbox: any path that produced the
 * right engine events passes, whichever keystrokes led there.
 */
public final class GoalChecker {

    private GoalChecker() {}

    public static boolean isMet(Lesson.Goal goal, List<EngineEvent> events) {
        return goal.events().stream().allMatch(m -> events.stream().anyMatch(e -> matches(m, e)));
    }

    static boolean matches(Lesson.EventMatcher m, EngineEvent e) {
        if (!m.operation().equals(e.eventName())) {
            return false;
        }
        boolean failed = e.errorCode() != null;
        if (m.outcome() == Lesson.Outcome.SUCCESS && failed || m.outcome() == Lesson.Outcome.ERROR && !failed) {
            return false;
        }
        if (m.errorCode() != null && !m.errorCode().equals(e.errorCode())) {
            return false;
        }
        if (m.region() != null && !m.region().equals(e.region())) {
            return false;
        }
        return m.params().entrySet().stream().allMatch(p -> e.requestParameters() != null
                && e.requestParameters().containsKey(p.getKey())
                && String.valueOf(e.requestParameters().get(p.getKey())).equals(p.getValue()));
    }
}
