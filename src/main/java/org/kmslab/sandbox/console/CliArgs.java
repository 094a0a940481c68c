package org.kmslab.sandbox.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of one command of a family other than {@code aws kms}: the command, its positional arguments
 * ({@code aws s3 cp <from> <to>}), its options by kebab-case name, and the global options. An option takes one
 * word, a flag none ({@code --no-<flag>} negates it), a list option every word up to the next option.
 *
 * @param options kebab name to words; a flag has no words, {@code --no-flag} has the single word "false"
 */
record CliArgs(String command, List<String> positionals, Map<String, List<String>> options, String profile,
        String region, String query, String output) {

    /** The values an option with an optional value ({@code --sse [AES256|aws:kms]}) may take. */
    private static final Set<String> SSE_VALUES = Set.of("AES256", "aws:kms", "aws:kms:dsse");

    /** Options by kind: flags take no word, lists take many, optional-value options take a known value or none. */
    record Spec(Set<String> flags, Set<String> lists, Set<String> optionalValue) {
        static Spec of(Set<String> flags, Set<String> lists) {
            return new Spec(flags, lists, Set.of());
        }
    }

    static CliArgs parse(String family, List<String> words, Spec spec) {
        if (words.isEmpty() || words.getFirst().startsWith("--")) {
            throw new CliSyntaxException(family + ": the following arguments are required: command");
        }
        List<String> positionals = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<String, String> globals = new LinkedHashMap<>();
        int i = 1;
        while (i < words.size()) {
            String word = words.get(i++);
            if (!word.startsWith("--") || word.length() == 2) {
                positionals.add(word);
                continue;
            }
            String name = word.substring(2);
            if (AwsCliParser.GLOBALS_WITH_VALUE.contains(name)) {
                if (i >= words.size() || words.get(i).startsWith("--")) {
                    throw new CliSyntaxException("argument --" + name + ": expected one argument");
                }
                globals.put(name, words.get(i++));
                continue;
            }
            if (AwsCliParser.GLOBAL_FLAGS.contains(name)) {
                continue;
            }
            List<String> values = new ArrayList<>();
            boolean next = i < words.size() && !words.get(i).startsWith("--");
            if (spec.flags().contains(name)) {
                // a flag takes no value
            } else if (name.startsWith("no-") && spec.flags().contains(name.substring(3))) {
                name = name.substring(3);
                values.add("false");
            } else if (spec.lists().contains(name)) {
                while (i < words.size() && !words.get(i).startsWith("--")) {
                    values.add(words.get(i++));
                }
            } else if (spec.optionalValue().contains(name)) {
                if (next && SSE_VALUES.contains(words.get(i))) {
                    values.add(words.get(i++));
                }
            } else if (next) {
                values.add(words.get(i++));
            } else {
                throw new CliSyntaxException("argument --" + name + ": expected one argument");
            }
            if (options.containsKey(name)) {
                throw new CliSyntaxException("argument --" + name + ": given more than once");
            }
            options.put(name, values);
        }
        return new CliArgs(words.getFirst(), List.copyOf(positionals), options, globals.get("profile"),
                globals.get("region"), globals.get("query"), globals.get("output"));
    }

    /** The single value of an option, or null when absent. */
    String value(String name) {
        List<String> v = options.get(name);
        if (v == null) {
            return null;
        }
        if (v.isEmpty()) {
            throw new CliSyntaxException("argument --" + name + ": expected one argument");
        }
        return v.getFirst();
    }

    String required(String name) {
        String v = value(name);
        if (v == null) {
            throw new CliSyntaxException("the following arguments are required: --" + name);
        }
        return v;
    }

    int requiredInt(String name) {
        String v = required(name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CliSyntaxException("invalid literal for int() with base 10: '" + v + "' (--" + name + ")");
        }
    }

    /** A flag: true when given, false when absent or negated. */
    boolean flag(String name) {
        List<String> v = options.get(name);
        return v != null && !(v.size() == 1 && v.getFirst().equals("false"));
    }

    List<String> list(String name) {
        return options.getOrDefault(name, List.of());
    }

    /** Refuses options outside {@code allowed}, as the AWS CLI does. */
    CliArgs allowOnly(Set<String> allowed) {
        List<String> unknown = options.keySet().stream().filter(o -> !allowed.contains(o)).map(o -> "--" + o)
                .toList();
        if (!unknown.isEmpty()) {
            throw new CliSyntaxException("Unknown options: " + String.join(", ", unknown));
        }
        return this;
    }

    /** Refuses positional arguments beyond {@code max}. */
    CliArgs maxPositionals(int max) {
        if (positionals.size() > max) {
            throw new CliSyntaxException("Unknown options: "
                    + String.join(", ", positionals.subList(max, positionals.size())));
        }
        return this;
    }
}
