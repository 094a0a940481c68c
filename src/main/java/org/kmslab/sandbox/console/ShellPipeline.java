package org.kmslab.sandbox.console;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.kmslab.sandbox.services.Workspace;

/**
 * The little shell around console commands, so that lesson commands run unchanged in bash and here: one command,
 * then optionally {@code | base64 --decode} (or {@code -d}, or {@code | base64} to encode), then optionally
 * {@code > file} into the workspace. This is how the AWS documentation turns a Base64 {@code CiphertextBlob} into
 * the binary file that {@code fileb://} reads with AWS CLI v1 and v2 alike. Operators inside quotes are text.
 *
 * @param command  the command line before the first operator
 * @param filters  the words of each {@code |} stage after it
 * @param redirect the file after {@code >}, or null
 */
record ShellPipeline(String command, List<List<String>> filters, String redirect) {

    ShellPipeline {
        filters = List.copyOf(filters);
    }

    boolean simple() {
        return filters.isEmpty() && redirect == null;
    }

    /** Splits a line at its unquoted {@code |} and {@code >}. */
    static ShellPipeline parse(String line) {
        List<String> parts = new ArrayList<>();
        List<Character> operators = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && (c == '|' || c == '>')) {
                if (c == '>' && i + 1 < line.length() && line.charAt(i + 1) == '>') {
                    throw new CliSyntaxException("This console's shell knows '>' (write a file), not '>>'.");
                }
                parts.add(part.toString());
                operators.add(c);
                part.setLength(0);
                continue;
            }
            if (c == '\\' && quote != '\'' && i + 1 < line.length()) {
                part.append(c).append(line.charAt(++i));
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            part.append(c);
        }
        parts.add(part.toString());
        String redirect = null;
        List<List<String>> filters = new ArrayList<>();
        for (int i = 0; i < operators.size(); i++) {
            List<String> words = ShellWords.split(parts.get(i + 1));
            if (operators.get(i) == '>') {
                if (words.size() != 1 || i != operators.size() - 1) {
                    throw new CliSyntaxException("Write '> <file>' once, at the end of the line.");
                }
                redirect = words.getFirst();
            } else {
                filters.add(words);
            }
        }
        if (!operators.isEmpty() && parts.getFirst().isBlank()) {
            throw new CliSyntaxException("A command must come before '" + operators.getFirst() + "'.");
        }
        return new ShellPipeline(operators.isEmpty() ? line : parts.getFirst(), filters, redirect);
    }

    /**
     * Runs the line: the command through {@code run}, its printed output through the filters, into the file or onto
     * the screen. The result keeps the command's operation, JSON and error, so goals and solutions see the call.
     */
    ConsoleResult run(String line, Function<String, ConsoleResult> run, Workspace files) {
        ConsoleResult first = run.apply(command);
        if (!first.ok()) {
            return first;
        }
        byte[] out = stdout(first);
        for (List<String> filter : filters) {
            out = filter(filter, out);
        }
        String shown;
        if (redirect != null) {
            files.write(redirect, out);
            shown = String.format(Locale.ROOT, "# %,d bytes written to %s (lab ls lists the files)", out.length,
                    redirect);
        } else {
            shown = printable(out);
        }
        return new ConsoleResult(line, first.operation(), shown, first.result(), null, null, first.redactions());
    }

    /** What the command printed, as the bytes a shell would pass on: the AWS CLI ends its output with a newline. */
    private static byte[] stdout(ConsoleResult result) {
        String text = result.output();
        boolean exact = ShellCommands.EXACT_OUTPUT.contains(result.operation());
        return (exact || text.isEmpty() ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] filter(List<String> words, byte[] in) {
        if (words.isEmpty() || !words.getFirst().equals("base64")) {
            throw new CliSyntaxException("After '|' this console knows 'base64' and 'base64 --decode'"
                    + (words.isEmpty() ? "." : ", not '" + words.getFirst() + "'."));
        }
        List<String> options = words.subList(1, words.size());
        if (options.isEmpty()) {
            String encoded = Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(in);
            return (encoded + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        if (options.size() == 1 && (options.getFirst().equals("--decode") || options.getFirst().equals("-d"))) {
            String text = new String(in, StandardCharsets.US_ASCII).replaceAll("\\s", "");
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new CliSyntaxException("base64: invalid input");
            }
        }
        throw new CliSyntaxException("base64: unrecognized option '" + String.join(" ", options)
                + "' (this console knows --decode and -d)");
    }

    /** Text as text; bytes that are not printable UTF-8 are summarized, as a terminal would garble them. */
    private static String printable(byte[] out) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out)).toString();
            if (text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\t' || c == '\r')) {
                return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            }
        } catch (CharacterCodingException binary) {
            // falls through to the summary
        }
        return String.format(Locale.ROOT, "# %,d bytes of binary output: send them into a file with '> <file>'",
                out.length);
    }
}
