package org.kmslab.sandbox.console;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the {@code aws kms} command line for an operation and its option values, so that a form action can show,
 * and run, exactly the command a learner could type. Values are quoted for a POSIX shell only when they need it.
 */
public final class CliLine {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=,@%+{}\\[\\]-]+");

    private CliLine() {}

    /**
     * @param operation the AWS operation, e.g. {@code CreateKey}
     * @param values    AWS member name to its value, in order: a {@code String} as typed, a {@code List} of words
     *                  for a list member, {@code Boolean.TRUE} for a flag; blank strings, empty lists and
     *                  false flags are left out
     */
    public static String of(String operation, Map<String, Object> values) {
        StringBuilder sb = new StringBuilder("aws kms ").append(CliShapes.kebab(operation));
        values.forEach((member, value) -> {
            String option = " --" + CliShapes.kebab(member);
            switch (value) {
                case Boolean on when on -> sb.append(option);
                case String text when !text.isBlank() -> sb.append(option).append(' ').append(quote(text.strip()));
                case List<?> words when !words.isEmpty() -> {
                    sb.append(option);
                    words.forEach(w -> sb.append(' ').append(quote(String.valueOf(w))));
                }
                case null, default -> { }
            }
        });
        return sb.toString();
    }

    /** Quotes a word for a POSIX shell when it holds anything but safe characters. */
    public static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
