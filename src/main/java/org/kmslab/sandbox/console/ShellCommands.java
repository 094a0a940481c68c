package org.kmslab.sandbox.console;

import java.util.List;
import java.util.Set;

/**
 * {@code printf} and {@code echo}, as a POSIX shell has them, so that a lesson can write a message into a file
 * ({@code printf 'state test' > state.txt}) and hand it to a blob option as {@code fileb://state.txt}, exactly as
 * one would in bash. {@code printf} knows {@code %s}, {@code %%} and the escapes {@code \n \t \\}; {@code echo}
 * knows {@code -n}. Neither calls KMS.
 */
final class ShellCommands implements CommandFamily {

    /** Operations whose printed output is exact: nothing is added when it goes into a pipe or a file. */
    static final Set<String> EXACT_OUTPUT = Set.of("printf", "echo");

    @Override
    public ConsoleResult run(String line, List<String> words, ConsoleSession session) {
        List<String> all = ShellWords.split(line.strip());
        String name = all.getFirst();
        List<String> args = all.subList(1, all.size());
        try {
            String text = name.equals("printf") ? printf(args) : echo(args);
            return new ConsoleResult(line, name, text, Output.object().put("Text", text), null, null);
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        }
    }

    private static String echo(List<String> args) {
        boolean newline = args.isEmpty() || !args.getFirst().equals("-n");
        return String.join(" ", newline ? args : args.subList(1, args.size())) + (newline ? "\n" : "");
    }

    static String printf(List<String> args) {
        if (args.isEmpty()) {
            throw new CliSyntaxException("printf: usage: printf format [arguments]");
        }
        String format = args.getFirst();
        List<String> values = args.subList(1, args.size());
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            char d = i + 1 < format.length() ? format.charAt(i + 1) : 0;
            if (c == '%' && d == 's') {
                out.append(next < values.size() ? values.get(next++) : "");
                i++;
            } else if (c == '%' && d == '%') {
                out.append('%');
                i++;
            } else if (c == '%') {
                throw new CliSyntaxException("printf: this console knows %s and %% only");
            } else if (c == '\\' && (d == 'n' || d == 't' || d == '\\')) {
                out.append(d == 'n' ? '\n' : d == 't' ? '\t' : '\\');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
