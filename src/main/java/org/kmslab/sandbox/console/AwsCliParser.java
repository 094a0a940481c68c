package org.kmslab.sandbox.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@code aws kms <command> [--option value ...]} line into a {@link CliCommand}: kebab-case commands and
 * options become AWS operation and member names, global options are set aside. Values are kept as words; giving them
 * a type is {@link CliShapes}' job, since it depends on the operation's request shape.
 */
public final class AwsCliParser {

    /** Global options that take a value; they apply to the CLI, not to the request. */
    static final Set<String> GLOBALS_WITH_VALUE = Set.of("profile", "region", "query", "output",
            "endpoint-url", "cli-binary-format", "color", "ca-bundle", "cli-read-timeout", "cli-connect-timeout");
    static final Set<String> GLOBAL_FLAGS = Set.of("debug", "no-verify-ssl", "no-paginate", "no-sign-request",
            "no-cli-pager", "cli-auto-prompt", "no-cli-auto-prompt");

    private AwsCliParser() {}

    public static CliCommand parse(String line) {
        List<String> words = ShellWords.split(line.strip());
        if (words.isEmpty()) {
            throw new CliSyntaxException("Type a command such as: aws kms list-keys");
        }
        if (!words.get(0).equals("aws")) {
            throw new CliSyntaxException("Commands start with 'aws kms', for example: aws kms list-keys");
        }
        if (words.size() < 2 || !words.get(1).equals("kms")) {
            throw new CliSyntaxException("This console speaks to AWS KMS only: aws kms <command> [options]");
        }
        if (words.size() < 3 || words.get(2).startsWith("--")) {
            throw new CliSyntaxException("aws kms: the following arguments are required: operation");
        }
        String operation = pascal(words.get(2));
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<String, String> globals = new LinkedHashMap<>();
        int i = 3;
        while (i < words.size()) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.length() == 2) {
                throw new CliSyntaxException("Unknown options: " + word);
            }
            String name = word.substring(2);
            List<String> values = new ArrayList<>();
            i++;
            while (i < words.size() && !words.get(i).startsWith("--")) {
                values.add(words.get(i++));
            }
            if (GLOBALS_WITH_VALUE.contains(name)) {
                if (values.size() != 1) {
                    throw new CliSyntaxException("argument --" + name + ": expected one argument");
                }
                globals.put(name, values.getFirst());
            } else if (!GLOBAL_FLAGS.contains(name)) {
                boolean negated = name.startsWith("no-") && values.isEmpty();
                String member = pascal(negated ? name.substring(3) : name);
                if (options.containsKey(member)) {
                    throw new CliSyntaxException("argument --" + name + ": given more than once");
                }
                options.put(member, negated ? List.of("false") : values);
            }
        }
        String binaryFormat = globals.getOrDefault("cli-binary-format", "base64");
        if (!binaryFormat.equals("base64") && !binaryFormat.equals(CliShapes.RAW_IN)) {
            throw new CliSyntaxException("argument --cli-binary-format: Invalid choice, valid choices are:\n\n"
                    + "base64 | " + CliShapes.RAW_IN);
        }
        return new CliCommand(operation, options, globals.get("profile"), globals.get("region"), globals.get("query"),
                globals.get("output"), binaryFormat.equals(CliShapes.RAW_IN));
    }

    /** {@code generate-data-key} -> {@code GenerateDataKey}. */
    static String pascal(String kebab) {
        StringBuilder sb = new StringBuilder();
        for (String part : kebab.split("-")) {
            if (!part.isEmpty()) {
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
