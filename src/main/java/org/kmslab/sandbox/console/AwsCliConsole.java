package org.kmslab.sandbox.console;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.services.AwsServices;
import org.kmslab.sandbox.services.Workspace;
import tools.jackson.databind.JsonNode;

/**
 * The console of one learner session: reads AWS CLI command lines and the local {@code lab} helpers, and routes
 * each line by its command family through an explicit map:
 * <ul>
 * <li>{@code aws kms} - every KMS operation, through the same {@code KmsGateway} as the wire protocol;</li>
 * <li>{@code aws s3}, {@code aws s3api}, {@code aws ec2}, {@code aws rds} - simulated services that call KMS as the
 *     real ones do ({@link AwsServices});</li>
 * <li>{@code lab} - local helpers standing in for the learner's own program; none calls KMS.</li>
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
                "lab", new LabCommands());
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
        List<String> words;
        try {
            words = ShellWords.split(commandLine.strip());
        } catch (CliSyntaxException e) {
            return Output.syntax(commandLine, e.getMessage());
        }
        if (words.isEmpty()) {
            return Output.syntax(commandLine, "Type a command such as: aws kms list-keys, or lab help");
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

    /**
     * A JSON Pointer for the simple JMESPath the console supports: dotted member names with optional indexes,
     * {@code KeyMetadata.KeyId} or {@code Keys[0].KeyId}.
     */
    public static String pointer(String path) {
        return "/" + path.strip().replace("[", ".").replace("]", "").replace('.', '/');
    }
}
