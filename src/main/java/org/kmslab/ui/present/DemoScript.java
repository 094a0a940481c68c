package org.kmslab.ui.present;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonWorkspace;
import org.kmslab.lessons.PlaintextLab;
import org.kmslab.lessons.SolutionRunner;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.console.ConsoleResult;
import org.kmslab.ui.component.EventDescriptions;
import org.kmslab.ui.lesson.SandboxWorkspace;

/**
 * Plays a lesson's reference solution one action at a time in the demo sandbox, through the same
 * {@link SolutionRunner} that the reference-solution tests use, and says what each action did in words an audience
 * can read. An action that goes wrong (the instructor improvised the key away) is reported, never thrown: the demo
 * pauses, and a reset brings it back.
 */
public final class DemoScript {

    /**
     * What one action did: the command line as run (saved values filled in), the CLI's answer if any, the engine
     * events it caused, in words, and the console's result for the pictures (null for a plaintext-lab button).
     */
    public record Played(String command, String output, boolean ok, List<String> happened, ConsoleResult console) {
        public Played {
            happened = List.copyOf(happened);
        }
    }

    private final Sandbox sandbox;
    private final KmsGateway gateway;
    private SolutionRunner runner;
    private Recorder recorder;

    public DemoScript(Sandbox sandbox, KmsGateway gateway) {
        this.sandbox = sandbox;
        this.gateway = gateway;
        restart();
    }

    /** Forgets saved values and the plaintext lab's key: call after the sandbox was reset. */
    public void restart() {
        recorder = new Recorder(new SandboxWorkspace(gateway, sandbox));
        runner = new SolutionRunner(new PlaintextLab(sandbox.engine(), sandbox.administrator(CallSource.LESSON)),
                recorder);
    }

    public Played play(Lesson.SolutionAction action) {
        recorder.clear();
        List<String> happened = new ArrayList<>();
        Consumer<EngineEvent> listener = event -> happened.add(EventDescriptions.describe(event));
        sandbox.addListener(listener);
        try {
            runner.run(action);
            return new Played(recorder.command == null ? describe(action) : recorder.command, recorder.output, true,
                    happened, recorder.console);
        } catch (IllegalStateException | IllegalArgumentException broken) {
            return new Played(describe(action), firstLine(broken.getMessage()), false, happened, recorder.console);
        } finally {
            sandbox.removeListener(listener);
        }
    }

    /** An action as the audience should read it, before it runs, with the values saved so far filled in. */
    public String preview(Lesson.SolutionAction action) {
        return action.cli() == null ? describe(action) : describe(action).replace("$ " + action.cli(),
                "$ " + runner.preview(action.cli()));
    }

    /** Any text (speaker notes) with the values saved so far filled in, {@code <NAME>} for the others. */
    public String fillIn(String text) {
        return runner.preview(text);
    }

    /** An action as the audience should read it, before it runs. */
    public static String describe(Lesson.SolutionAction action) {
        StringBuilder text = new StringBuilder();
        if (action.advanceClock() != null) {
            text.append("Time machine: +").append(days(action.advanceClock())).append(action.cli() == null ? "" : ", then ");
        }
        if (action.cli() != null) {
            text.append("$ ").append(action.cli());
        } else if (action.action() != null) {
            text.append("Press \"").append(buttonOf(action.action())).append('"');
            if (action.plaintext() != null) {
                text.append(" with \"").append(action.plaintext()).append('"');
            }
            if (action.offset() != null) {
                text.append(" at byte ").append(action.offset());
            }
        }
        if (action.expectError() != null) {
            text.append("  (expect ").append(action.expectError()).append(')');
        }
        return text.toString();
    }

    private static String buttonOf(String action) {
        return switch (action) {
            case "CreateKey" -> "Create KMS key";
            case "FlipByte" -> "Flip byte";
            default -> action;
        };
    }

    private static String days(Duration d) {
        long days = d.toDays();
        return days >= 1 && d.equals(Duration.ofDays(days)) ? days + (days == 1 ? " day" : " days") : d.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "The action did not run as planned.";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Sees the command line after saved values were filled in, and what the CLI printed. */
    private static final class Recorder implements LessonWorkspace {
        private final SandboxWorkspace inner;
        private String command;
        private String output = "";
        private ConsoleResult console;

        Recorder(SandboxWorkspace inner) {
            this.inner = inner;
        }

        void clear() {
            command = null;
            output = "";
            console = null;
        }

        @Override
        public CommandOutcome run(String commandLine) {
            console = inner.runForDisplay(commandLine);
            command = "$ " + commandLine;
            output = console.output() == null ? "" : console.output();
            return new CommandOutcome(console.result(), console.errorType(), console.output());
        }

        @Override
        public void advanceClock(Duration duration) {
            inner.advanceClock(duration);
        }
    }
}
