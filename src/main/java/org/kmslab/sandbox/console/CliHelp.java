package org.kmslab.sandbox.console;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kmslab.sandbox.KmsGateway;

/**
 * {@code aws help}, {@code aws kms help} and {@code aws kms <command> help}: what the console speaks, the KMS
 * commands it knows, and one command's options with the kind of value each takes, read from the same request shapes
 * that parse the options (so the help cannot drift from what runs). The full text lives in the AWS CLI reference,
 * to which each answer links.
 */
final class CliHelp {

    private static final String CLI_REFERENCE = "https://docs.aws.amazon.com/cli/latest/reference/";
    private static final String API_REFERENCE = "https://docs.aws.amazon.com/kms/latest/APIReference/API_";
    private static final String GENERAL = """
            usage: aws <command> <subcommand> [options]   (this console, in your browser)

            Commands:
              aws kms <command> [options]    every AWS KMS operation, on your sandbox's real KMS engine
              aws s3 | s3api | ec2 | rds     simulated services that call KMS as the real ones do
              lab help                       local helpers standing in for your program (no KMS calls)
              printf 'text' > file           write a file; echo works too
              ... | base64 --decode > file   turn a Base64 value into the binary file fileb:// reads

            Options for every aws command:
              --profile admin|developer|app  who calls (the console's "Call as" switch does the same)
              --region <region>              which Region's KMS
              --query <JMESPath>             pick parts of the answer, e.g. --query 'Keys[*].KeyId'
              --output json|text             text prints bare values, tab-separated
              --cli-binary-format raw-in-base64-out   typed blob values are text (AWS CLI v2 only)

            Blob options (--plaintext, --ciphertext-blob, --message, ...) take Base64 as AWS CLI v2 does, or
            fileb://<file> for a file's bytes, the form AWS CLI v1 and v2 both read.
            Keys: Enter runs, Shift+Enter adds a line, ArrowUp/ArrowDown walk through earlier commands.
            Type 'aws kms help' for the KMS commands, 'aws kms <command> help' for one command.""";

    private CliHelp() {}

    /** @param words {@code aws help}, {@code aws <family> help} or {@code aws kms <command> help} */
    static ConsoleResult answer(String line, List<String> words, KmsGateway gateway) {
        String text;
        if (words.size() == 2) {
            text = GENERAL;
        } else if (!words.get(1).equals("kms")) {
            text = "This console simulates the aws " + words.get(1) + " commands that the lessons use; their help is "
                    + "in the AWS CLI reference: " + CLI_REFERENCE + words.get(1) + "/index.html";
        } else if (words.size() == 3) {
            text = kms(gateway);
        } else {
            String operation = AwsCliParser.pascal(words.get(2));
            Optional<Class<? extends Record>> type = gateway.requestType(operation);
            if (type.isEmpty()) {
                return Output.syntax(line, "aws: error: argument operation: Invalid choice: '" + words.get(2)
                        + "'. Type 'aws kms help' to see the supported commands.");
            }
            text = command(words.get(2), operation, type.get());
        }
        return new ConsoleResult(line, "help", text, Output.object().put("Help", text), null, null);
    }

    /**
     * One command a line, as the AWS CLI's own {@code aws kms help} lists them, and no line longer than the longest
     * command name (40 characters), so that each line fits the console's output whole at a phone's width too, where
     * columns wrapped into each other. Only the reference URL is longer.
     */
    private static String kms(KmsGateway gateway) {
        StringBuilder out = new StringBuilder("aws kms <command> [options]\n\nAvailable commands ("
                + gateway.operations().size() + "):\n");
        gateway.operations().stream().map(CliShapes::kebab).forEach(name -> out.append(name).append('\n'));
        return out.append("\nOne command's options:\n  aws kms <command> help\n  e.g. aws kms encrypt help\n")
                .append("Reference:\n").append(CLI_REFERENCE).append("kms/index.html").toString();
    }

    private static String command(String name, String operation, Class<? extends Record> type) {
        StringBuilder out = new StringBuilder("aws kms ").append(name).append("\n\nOptions:\n");
        for (RecordComponent c : type.getRecordComponents()) {
            String member = c.getName().substring(0, 1).toUpperCase(Locale.ROOT) + c.getName().substring(1);
            out.append(String.format(Locale.ROOT, "  --%-32s %s%n", CliShapes.kebab(member), kind(c.getGenericType())));
        }
        return out.append("\nBlob values are Base64 or fileb://<file>; lists take several words; maps and structures "
                        + "take key=value,... or JSON.\nWhat it does and every rule it checks: ")
                .append(API_REFERENCE).append(operation).append(".html\nThe AWS CLI page: ").append(CLI_REFERENCE)
                .append("kms/").append(name).append(".html").toString();
    }

    private static String kind(Type type) {
        if (type == byte[].class) {
            return "<blob>  Base64, or fileb://<file>";
        }
        if (type == String.class) {
            return "<string>";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "<boolean>  --x or --no-x";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "<integer>";
        }
        if (type == Instant.class) {
            return "<timestamp>  2027-01-31T00:00:00Z or epoch seconds";
        }
        if (CliShapes.isList(type)) {
            return "<list>  one or more words";
        }
        if (CliShapes.isMap(type)) {
            return "<map>  key=value,key2=value2 or JSON";
        }
        return "<structure>  shorthand or JSON";
    }
}
