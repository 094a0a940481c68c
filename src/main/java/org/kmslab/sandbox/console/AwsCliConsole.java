package org.kmslab.sandbox.console;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.services.AwsServices;
import org.kmslab.sandbox.services.Workspace;
import org.kmslab.sandbox.services.WorkspaceException;
import tools.jackson.databind.JsonNode;

/**
 * The console of one learner session: reads AWS CLI command lines and the local {@code lab} helpers, and routes
 * each line by its command family through an explicit map:
 * <ul>
 * <li>{@code aws kms} - every KMS operation, through the same {@code KmsGateway} as the wire protocol;</li>
 * <li>{@code aws s3}, {@code aws s3api}, {@code aws ec2}, {@code aws rds} - simulated services that call KMS as the
 *     real ones do ({@link AwsServices});</li>
 * <li>{@code lab} - local helpers standing in for the learner's own program; none calls KMS.</li>
 * <li>{@code printf}, {@code echo}, {@code | base64 [--decode]} and {@code > file} - the bit of shell that lesson
 *     commands use to make the binary files {@code fileb://} reads ({@link ShellPipeline});</li>
 * <li>{@code help} after any {@code aws} command - what it does and how to call it ({@link CliHelp}).</li>
 * </ul>
 * {@code --profile admin|developer|app} picks the sandbox principal that calls (the administrator without it);
 * {@code --region} picks the Region. Blob options read workspace files with {@code fileb://name}, text options with
 * {@code file://name}.
 *
 * <p>The console keeps the session's scrollback ({@link #history()}) and the plaintext data keys it has shown;
 * {@code lab discard-data-key} redacts them from the history, and its result lists them in
 * {@link ConsoleResult#redactions()} so that a view can mask every copy it shows.
 */
public final class AwsCliConsole {

    /** Entries kept in {@link #history()}. */
    static final int HISTORY = 200;

    private final ConsoleSession session;
    private final Map<String, CommandFamily> families;
    private final Deque<ConsoleResult> history = new ArrayDeque<>();

    /** A console over the sandbox's shared services, with a fresh workspace of sample files. */
    public AwsCliConsole(KmsGateway gateway, Sandbox sandbox) {
        this(gateway, sandbox, AwsServices.of(sandbox));
    }

    /** A console over the sandbox's shared services, with a fresh workspace of sample files. */
    public AwsCliConsole(KmsGateway gateway, Sandbox sandbox, AwsServices services) {
        this(gateway, sandbox, services, Workspace.withSampleFiles());
    }

    public AwsCliConsole(KmsGateway gateway, Sandbox sandbox, AwsServices services, Workspace workspace) {
        this.session = new ConsoleSession(gateway, sandbox, services, workspace, new Secrets());
        S3Commands s3 = new S3Commands();
        this.families = Map.of(
                "aws kms", new KmsCommands(),
                "aws s3", s3,
                "aws s3api", s3.api(),
                "aws ec2", new Ec2Commands(),
                "aws rds", new RdsCommands(),
                "lab", new LabCommands(),
                "printf", new ShellCommands(),
                "echo", new ShellCommands());
    }

    public ConsoleResult run(String commandLine) {
        ConsoleResult result = dispatch(commandLine);
        synchronized (history) {
            if (!result.redactions().isEmpty()) {
                List<ConsoleResult> redacted = history.stream().map(this::redact).toList();
                history.clear();
                history.addAll(redacted);
            }
            history.addLast(redact(result));
            while (history.size() > HISTORY) {
                history.removeFirst();
            }
        }
        return result;
    }

    private ConsoleResult dispatch(String commandLine) {
        ShellPipeline pipeline;
        try {
            pipeline = ShellPipeline.parse(commandLine);
            if (pipeline.simple()) {
                return dispatchOne(commandLine);
            }
            return pipeline.run(commandLine, this::dispatchOne, session.workspace());
        } catch (CliSyntaxException e) {
            return Output.syntax(commandLine, e.getMessage());
        } catch (WorkspaceException e) {
            return Output.syntax(commandLine, e.getMessage());
        }
    }

    private ConsoleResult dispatchOne(String commandLine) {
        List<String> words;
        try {
            words = ShellWords.split(commandLine.strip());
        } catch (CliSyntaxException e) {
            return Output.syntax(commandLine, e.getMessage());
        }
        if (words.isEmpty()) {
            return Output.syntax(commandLine, "Type a command such as: aws kms list-keys, or lab help");
        }
        if (words.size() <= 4 && words.getFirst().equals("aws") && words.getLast().equals("help")) {
            return CliHelp.answer(commandLine, words, session.gateway());
        }
        String name = words.getFirst().equals("aws") && words.size() > 1 ? "aws " + words.get(1) : words.getFirst();
        CommandFamily family = families.get(name);
        if (family == null) {
            return Output.syntax(commandLine, unknown(words));
        }
        int skip = name.startsWith("aws ") ? 2 : 1;
        return family.run(commandLine, words.subList(skip, words.size()), session);
    }

    private static String unknown(List<String> words) {
        if (words.getFirst().equals("aws")) {
            return words.size() < 2 ? "aws: error: the following arguments are required: command"
                    : "aws: error: argument command: Invalid choice: '" + words.get(1) + "'. This console speaks "
                            + "kms, s3, s3api, ec2 and rds.";
        }
        return "Commands start with 'aws' (aws kms, aws s3, aws s3api, aws ec2, aws rds) or 'lab' (type lab help).";
    }

    /**
     * What {@code lab discard-data-key} changes in this console: which secrets it has shown and which it masks. Undo
     * takes a memento before each command and restores it, so an undone discard shows the keys again.
     */
    public Memento memento() {
        synchronized (history) {
            return new Memento(session.secrets().state(), List.copyOf(history));
        }
    }

    public void restore(Memento memento) {
        synchronized (history) {
            session.secrets().restore(memento.secrets());
            history.clear();
            history.addAll(memento.history());
        }
    }

    /** An opaque copy of the console's secrets and scrollback. */
    public record Memento(List<Set<String>> secrets, List<ConsoleResult> history) {
    }

    /** The files of this console session. */
    public Workspace workspace() {
        return session.workspace();
    }

    /** The last {@value #HISTORY} results, oldest first, with discarded data keys already masked. */
    public List<ConsoleResult> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** {@code text} with every discarded data key replaced by {@code [discarded]}. */
    public String redact(String text) {
        return session.secrets().redact(text);
    }

    private ConsoleResult redact(ConsoleResult r) {
        JsonNode result = r.result();
        if (result != null) {
            String json = result.toString();
            String masked = redact(json);
            result = masked.equals(json) ? result : Output.JSON.readTree(masked);
        }
        return new ConsoleResult(redact(r.commandLine()), r.operation(), redact(r.output()), result,
                r.errorType(), redact(r.errorMessage()), List.of());
    }
}
