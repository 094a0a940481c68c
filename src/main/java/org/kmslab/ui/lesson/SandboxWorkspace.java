package org.kmslab.ui.lesson;

import java.time.Duration;
import org.kmslab.lessons.LessonWorkspace;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.console.AwsCliConsole;
import org.kmslab.sandbox.console.ConsoleResult;
import org.kmslab.sandbox.services.AwsServices;
import org.kmslab.sandbox.services.Workspace;

/** A console lesson's workspace: the learner's sandbox, reached through the AWS CLI console and its time machine. */
public final class SandboxWorkspace implements LessonWorkspace {

    private final AwsCliConsole console;
    private final Sandbox sandbox;

    /** A workspace with simulated services of its own (tests, tools). */
    public SandboxWorkspace(KmsGateway gateway, Sandbox sandbox) {
        this(gateway, sandbox, AwsServices.of(sandbox));
    }

    /** A workspace over the sandbox's shared simulated services, so every console of the sandbox sees one S3. */
    public SandboxWorkspace(KmsGateway gateway, Sandbox sandbox, AwsServices services) {
        this(gateway, sandbox, services, Workspace.withSampleFiles());
    }

    /** A workspace whose console starts with the given files (a quiz task's setup saved its ciphertexts there). */
    public SandboxWorkspace(KmsGateway gateway, Sandbox sandbox, AwsServices services, Workspace files) {
        this.console = new AwsCliConsole(gateway, sandbox, services, files);
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

    /** The console's secrets and scrollback, for Undo. */
    public AwsCliConsole.Memento memento() {
        return console.memento();
    }

    public void restore(AwsCliConsole.Memento memento) {
        console.restore(memento);
    }

    /** Moves the whole sandbox forward in time and lets every Region's KMS do what became due. */
    @Override
    public void advanceClock(Duration duration) {
        sandbox.clock().advance(duration);
        sandbox.activeRegions().forEach(region -> sandbox.engine(region).runDueTasks());
    }
}
