package org.kmslab.lessons;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kmslab.engine.KmsException;

/**
 * Replays a lesson's reference solution the way a learner would: plaintext-lab buttons, or {@code aws kms} command
 * lines in the console with values saved from earlier output, and fast-forwards of the sandbox clock. A call the
 * lesson means to fail (tampering, a disabled key) is part of the story: its failure event is what the goal looks for.
 */
public final class SolutionRunner {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final PlaintextLab lab;
    private final LessonWorkspace workspace;
    private final Map<String, String> saved = new HashMap<>();

    public SolutionRunner(PlaintextLab lab, LessonWorkspace workspace) {
        this(lab, workspace, Map.of());
    }

    /**
     * A runner that knows some {@code ${NAME}} values before the first action: what a quiz task's setup made (key
     * ids, grant ids), which its solution names as a learner would read them off the sandbox.
     */
    public SolutionRunner(PlaintextLab lab, LessonWorkspace workspace, Map<String, String> known) {
        this.lab = lab;
        this.workspace = workspace;
        this.saved.putAll(known);
    }

    /** Replays every action; throws {@link IllegalStateException} when the solution itself goes wrong. */
    public void replay(Lesson lesson) {
        for (Lesson.SolutionAction action : lesson.solution()) {
            run(action);
        }
    }

    /**
     * Runs one action of a solution, for a step-by-step replay (the presenter's scripted demo). Actions must come in
     * the solution's order, since later commands use values saved by earlier ones; throws
     * {@link IllegalStateException} when the action goes wrong.
     */
    public void run(Lesson.SolutionAction action) {
        if (action.advanceClock() != null) {
            workspace.advanceClock(action.advanceClock());
        }
        if (action.cli() != null) {
            runCommand(action);
        } else if (action.action() != null) {
            pressButton(action);
        }
    }

    private void runCommand(Lesson.SolutionAction action) {
        String line = substitute(action.cli());
        LessonWorkspace.CommandOutcome outcome = workspace.run(line);
        if (action.expectError() != null) {
            if (!action.expectError().equals(outcome.errorType())) {
                throw new IllegalStateException("expected " + action.expectError() + " from: " + line + "\n"
                        + outcome.output());
            }
            return;
        }
        if (!outcome.ok()) {
            throw new IllegalStateException("command failed: " + line + "\n" + outcome.output());
        }
        action.save().forEach((name, path) -> {
            var value = outcome.result().at("/" + path.replace('.', '/'));
            if (value.isMissingNode() || value.isNull()) {
                throw new IllegalStateException("nothing at " + path + " in the output of: " + line);
            }
            saved.put(name, value.asString());
        });
    }

    /**
     * A command line with the values saved so far filled in, for showing an action before it runs; a value not saved
     * yet stays as {@code <NAME>}, in the words a learner reads in the step's hints.
     */
    public String preview(String line) {
        Matcher m = VARIABLE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = saved.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? "<" + m.group(1) + ">" : value));
        }
        return m.appendTail(sb).toString();
    }

    private String substitute(String line) {
        Matcher m = VARIABLE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = saved.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("${" + m.group(1) + "} is used before it is saved in: " + line);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        return m.appendTail(sb).toString();
    }

    private void pressButton(Lesson.SolutionAction action) {
        try {
            switch (action.action()) {
                case "CreateKey" -> lab.createKey();
                case "Encrypt" -> lab.encrypt(action.plaintext());
                case "Decrypt" -> lab.decrypt();
                case "FlipByte" -> lab.flipByte(action.offset());
                default -> throw new IllegalArgumentException("Unknown solution action " + action.action());
            }
        } catch (KmsException refused) {
            // The engine already emitted the failure event the lesson's goal looks for.
        }
    }
}
