package org.kmslab.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a hands-on task is done by asking the sandbox, through {@link SandboxProbe}, about each goal
 * condition of the question. Any path that reaches the goal passes, whichever commands the learner used. Each condition
 * comes back with a sentence saying what was expected and, when unmet, what the sandbox shows instead.
 */
public final class HandsOnChecker {

    /** One goal condition and whether it holds. */
    public record Result(String expectation, boolean met, String actual) {}

    /** The outcome of checking a whole task. */
    public record Report(List<Result> results) {
        public Report {
            results = List.copyOf(results);
        }

        public boolean passed() {
            return !results.isEmpty() && results.stream().allMatch(Result::met);
        }
    }

    private HandsOnChecker() {}

    /** Checks the task's goal as it reads in the probed sandbox's account ({@link Question.HandsOn#inAccount}). */
    public static Report check(Question.HandsOn task, SandboxProbe probe) {
        List<Result> results = new ArrayList<>();
        for (Question.Directive goal : task.inAccount(probe.accountId()).goal()) {
            results.add(check(goal, probe));
        }
        return new Report(results);
    }

    static Result check(Question.Directive goal, SandboxProbe probe) {
        return switch (goal.name()) {
            case "keyState" -> keyState(goal, probe);
            case "decryptSucceeds" -> {
                String ref = goal.string("ciphertext");
                boolean ok = probe.decrypts(ref);
                // The learner knows a setup's ciphertext as its console file, <ref>.enc (Question.SolutionStep).
                yield new Result("The ciphertext in " + ref + ".enc decrypts to its original plaintext", ok,
                        ok ? null : "decrypting it still fails");
            }
            case "aliasPointsTo" -> aliasPointsTo(goal, probe);
            case "rotationEnabled" -> rotationEnabled(goal, probe);
            case "rotationCount" -> {
                Optional<SandboxProbe.KeyView> key = key(goal, probe);
                int atLeast = goal.integer("atLeast");
                int rotations = key.map(SandboxProbe.KeyView::rotations).orElse(0);
                yield new Result(describe(goal) + " has been rotated at least " + times(atLeast), rotations >= atLeast,
                        key.isEmpty() ? "no such key" : "rotated " + times(rotations));
            }
            case "keyMatches" -> keyMatches(goal, probe);
            case "grantExists" -> grantExists(goal, probe);
            case "grantAbsent" -> {
                String grantee = goal.string("grantee");
                boolean present = probe.keyByRef(goal.string("key"))
                        .map(k -> probe.grants(k.keyId()).stream().anyMatch(g -> g.grantee().equals(grantee)))
                        .orElse(false);
                yield new Result("No grant on key " + goal.string("key") + " names " + grantee, !present,
                        present ? "a grant for " + grantee + " still exists" : null);
            }
            case "eventRecorded" -> eventRecorded(goal, probe);
            default -> throw new IllegalArgumentException("unknown goal condition " + goal.name());
        };
    }

    private static Result keyState(Question.Directive goal, SandboxProbe probe) {
        String expected = goal.string("equals");
        Optional<SandboxProbe.KeyView> key = key(goal, probe);
        String actual = key.map(SandboxProbe.KeyView::state).orElse(null);
        return new Result(describe(goal) + " is " + expected, expected.equals(actual),
                actual == null ? "no such key" : "it is " + actual);
    }

    private static Result aliasPointsTo(Question.Directive goal, SandboxProbe probe) {
        String alias = goal.string("alias");
        Optional<String> target = probe.keyByAlias(alias).map(SandboxProbe.KeyView::keyId);
        Optional<String> wanted = probe.keyByRef(goal.string("key")).map(SandboxProbe.KeyView::keyId);
        boolean met = target.isPresent() && target.equals(wanted);
        return new Result(alias + " points to key " + goal.string("key"), met,
                target.isEmpty() ? "the alias does not exist" : met ? null : "it points to another key");
    }

    private static Result rotationEnabled(Question.Directive goal, SandboxProbe probe) {
        boolean expected = goal.bool("equals");
        Integer period = goal.integer("periodInDays");
        Optional<SandboxProbe.KeyView> key = key(goal, probe);
        boolean met = key.isPresent() && key.get().rotationEnabled() == expected
                && (period == null || period.equals(key.get().rotationPeriodDays()));
        String expectation = describe(goal) + (expected ? " rotates automatically" : " does not rotate automatically")
                + (period == null ? "" : " every " + period + " days");
        String actual = key.map(k -> k.rotationEnabled()
                ? "rotation is on, every " + k.rotationPeriodDays() + " days" : "rotation is off").orElse("no such key");
        return new Result(expectation, met, met ? null : actual);
    }

    private static Result keyMatches(Question.Directive goal, SandboxProbe probe) {
        Optional<SandboxProbe.KeyView> key = key(goal, probe);
        List<String> wanted = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String field : List.of("keySpec", "keyUsage", "origin")) {
            String value = goal.string(field);
            if (value != null) {
                wanted.add(field + " " + value);
                String actual = key.map(k -> switch (field) {
                    case "keySpec" -> k.keySpec();
                    case "keyUsage" -> k.keyUsage();
                    default -> k.origin();
                }).orElse(null);
                if (!value.equals(actual)) {
                    wrong.add(field + " is " + actual);
                }
            }
        }
        Boolean multiRegion = goal.bool("multiRegion");
        if (multiRegion != null) {
            wanted.add(multiRegion ? "multi-Region" : "single-Region");
            if (key.isPresent() && key.get().multiRegion() != multiRegion) {
                wrong.add(key.get().multiRegion() ? "it is multi-Region" : "it is single-Region");
            }
        }
        Map<String, String> tags = goal.map("tags");
        if (tags != null) {
            wanted.add("tags " + tags);
            if (key.isPresent() && !key.get().tags().entrySet().containsAll(tags.entrySet())) {
                wrong.add("its tags are " + key.get().tags());
            }
        }
        if (key.isEmpty()) {
            wrong.add("no such key");
        }
        return new Result(describe(goal) + " has " + String.join(", ", wanted), wrong.isEmpty(),
                wrong.isEmpty() ? null : String.join("; ", wrong));
    }

    private static Result grantExists(Question.Directive goal, SandboxProbe probe) {
        String grantee = goal.string("grantee");
        HashSet<String> operations = new HashSet<>(goal.list("operations"));
        Optional<SandboxProbe.KeyView> key = probe.keyByRef(goal.string("key"));
        List<SandboxProbe.GrantView> grants = key.map(k -> probe.grants(k.keyId())).orElse(List.of()).stream()
                .filter(g -> g.grantee().equals(grantee)).toList();
        boolean met = grants.stream().anyMatch(g -> g.operations().equals(operations));
        String actual = grants.isEmpty() ? "no grant for " + grantee
                : "the grant allows " + grants.stream().map(g -> String.join(", ", g.operations().stream().sorted().toList()))
                        .toList();
        return new Result("A grant on key " + goal.string("key") + " allows " + grantee + " exactly "
                + String.join(", ", operations.stream().sorted().toList()), met, met ? null : actual);
    }

    private static Result eventRecorded(Question.Directive goal, SandboxProbe probe) {
        String operation = goal.string("operation");
        String keyRef = goal.string("key");
        String keyId = keyRef == null ? null : probe.keyByRef(keyRef).map(SandboxProbe.KeyView::keyId).orElse(null);
        String outcome = goal.string("outcome");
        Map<String, String> context = goal.map("encryptionContext");
        boolean met = probe.eventsSinceSetup().stream().anyMatch(e -> e.operation().equals(operation)
                && (keyRef == null || Objects.equals(keyId, e.keyId()))
                && (outcome == null || e.success() == "success".equals(outcome))
                && (context == null || context.equals(e.encryptionContext())));
        StringBuilder expectation = new StringBuilder("You called ").append(operation);
        if (keyRef != null) {
            expectation.append(" with key ").append(keyRef);
        }
        if (context != null) {
            expectation.append(" and encryption context ").append(context);
        }
        if (outcome != null) {
            expectation.append(", and it ").append("success".equals(outcome) ? "succeeded" : "failed");
        }
        long tries = probe.eventsSinceSetup().stream().filter(e -> e.operation().equals(operation)).count();
        return new Result(expectation.toString(), met, met ? null : tries == 0
                ? "no " + operation + " call yet" : tries + " " + operation + " call(s), none matching");
    }

    private static Optional<SandboxProbe.KeyView> key(Question.Directive goal, SandboxProbe probe) {
        return goal.string("alias") != null ? probe.keyByAlias(goal.string("alias")) : probe.keyByRef(goal.string("key"));
    }

    private static String describe(Question.Directive goal) {
        return goal.string("alias") != null ? "The key behind " + goal.string("alias") : "Key " + goal.string("key");
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }
}
