package org.kmslab.lessons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kmslab.engine.EngineEvent;

/**
 * Decides whether a step's goal is met by what really happened in the learner's sandbox: any path that produced the
 * right engine events passes, whichever keystrokes led there. Matchers that share a {@code key} label must be met by
 * calls on one and the same key, so a call on another key the learner made earlier does not count.
 */
public final class GoalChecker {

    private GoalChecker() {}

    public static boolean isMet(Lesson.Goal goal, List<EngineEvent> events) {
        return metFrom(goal.events(), 0, new HashMap<>(), events);
    }

    /** Matchers from {@code index} on are met, with each label bound to one key; tries every key a label could mean. */
    private static boolean metFrom(List<Lesson.EventMatcher> matchers, int index, Map<String, String> keys,
            List<EngineEvent> events) {
        if (index == matchers.size()) {
            return true;
        }
        Lesson.EventMatcher m = matchers.get(index);
        if (m.key() == null) {
            return events.stream().anyMatch(e -> matches(m, e)) && metFrom(matchers, index + 1, keys, events);
        }
        String bound = keys.get(m.key());
        if (bound != null) {
            return events.stream().anyMatch(e -> matches(m, e) && bound.equals(keyId(e)))
                    && metFrom(matchers, index + 1, keys, events);
        }
        for (String candidate : events.stream().filter(e -> matches(m, e)).map(GoalChecker::keyId)
                .filter(Objects::nonNull).distinct().toList()) {
            keys.put(m.key(), candidate);
            if (metFrom(matchers, index + 1, keys, events)) {
                return true;
            }
        }
        keys.remove(m.key());
        return false;
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

    /**
     * The id of the key a call acted on: from its key ARN, or, when KMS found no key (a key already deleted), from the
     * key id or key ARN the request named; null for a call on no key or on an alias KMS could not resolve.
     */
    static String keyId(EngineEvent e) {
        String named = e.keyArn() != null ? e.keyArn()
                : e.requestParameters() != null && e.requestParameters().get("keyId") instanceof String s ? s : null;
        if (named == null) {
            return null;
        }
        int resource = named.indexOf(":key/");
        String id = resource >= 0 ? named.substring(resource + ":key/".length()) : named;
        return id.startsWith("alias/") || id.startsWith("arn:") ? null : id;
    }
}
