package org.kmslab.ui.lesson;

import java.time.Duration;
import org.kmslab.lessons.LessonWorkspace;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.console.AwsCliConsole;
import org.kmslab.sandbox.console.ConsoleResult;

/** A console lesson's workspace: the learner's sandbox, reached through the AWS CLI console and its time machine. */
public final class SandboxWorkspace implements LessonWorkspace {

    private final AwsCliConsole console;
    private final Sandbox sandbox;

    public SandboxWorkspace(KmsGateway gateway, Sandbox sandbox) {
        this.console = new AwsCliConsole(gateway, sandbox);
        this.sandbox = sandbox;
    }

    @Override
    public CommandOutcome run(String commandLine) {
        ConsoleResult result = runForDisplay(commandLine);
        return new CommandOutcome(result.result(), result.errorType(), result.output());
    }

    /** Runs a command line and keeps everything the console shows. */
    public ConsoleResult runForDisplay(String commandLine) {
        return console.run(commandLine);
    }

    /** Moves the whole sandbox forward in time and lets every Region's KMS do what became due. */
    @Override
    public void advanceClock(Duration duration) {
        sandbox.clock().advance(duration);
        sandbox.activeRegions().forEach(region -> sandbox.engine(region).runDueTasks());
    }
}
