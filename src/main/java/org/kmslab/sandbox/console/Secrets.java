package org.kmslab.sandbox.console;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plaintext secrets this console has shown or been given (data keys from GenerateDataKey and Decrypt, keys
 * typed into {@code lab} helpers), so that {@code lab discard-data-key} can redact every copy from the history.
 */
final class Secrets {

    static final String MASK = "[discarded]";
    /** Shorter strings are too likely to occur by chance in other output to be masked safely. */
    private static final int MIN_LENGTH = 16;

    private final Set<String> shown = new LinkedHashSet<>();
    private final Set<String> discarded = new LinkedHashSet<>();

    synchronized void remember(String secret) {
        if (secret != null && secret.length() >= MIN_LENGTH && !discarded.contains(secret)) {
            shown.add(secret);
        }
    }

    /** Moves every remembered secret to the discarded set and returns them. */
    synchronized List<String> discardAll() {
        List<String> now = new ArrayList<>(shown);
        discarded.addAll(shown);
        shown.clear();
        return now;
    }

    /** What this object knows now, to be put back by {@link #restore}. */
    synchronized List<Set<String>> state() {
        return List.of(Set.copyOf(shown), Set.copyOf(discarded));
    }

    synchronized void restore(List<Set<String>> state) {
        shown.clear();
        shown.addAll(state.get(0));
        discarded.clear();
        discarded.addAll(state.get(1));
    }

    synchronized int count() {
        return shown.size();
    }

    /** {@code text} with every discarded secret replaced by {@value #MASK}. */
    synchronized String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : discarded) {
            out = out.replace(s, MASK);
        }
        return out;
    }
}
