package org.kmslab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shell-like history of the console's command lines: ArrowUp walks back from the newest line, ArrowDown forward,
 * and past the newest the line being typed comes back, as in bash. A line equal to the previous one is kept once;
 * blank lines are not kept. At most {@value #SIZE} lines.
 */
final class CommandHistory {

    static final int SIZE = 100;

    private final List<String> lines = new ArrayList<>();
    /** Where ArrowUp/ArrowDown stand: {@code lines.size()} means "the line being typed". */
    private int position;
    private String draft = "";

    /** Remembers a line that ran, and goes back to typing a new one. */
    void add(String line) {
        String kept = line.strip();
        if (!kept.isEmpty() && (lines.isEmpty() || !lines.getLast().equals(kept))) {
            lines.add(kept);
            if (lines.size() > SIZE) {
                lines.removeFirst();
            }
        }
        position = lines.size();
        draft = "";
    }

    /** The line before the one shown ({@code current} is what the field holds now), or empty at the oldest. */
    Optional<String> previous(String current) {
        if (position == 0) {
            return Optional.empty();
        }
        if (position == lines.size()) {
            draft = current;
        }
        position--;
        return Optional.of(lines.get(position));
    }

    /** The line after the one shown, the typed draft past the newest, or empty when already there. */
    Optional<String> next() {
        if (position >= lines.size()) {
            return Optional.empty();
        }
        position++;
        return Optional.of(position == lines.size() ? draft : lines.get(position));
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
