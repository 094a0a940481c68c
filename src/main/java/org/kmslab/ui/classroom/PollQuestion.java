package org.kmslab.ui.classroom;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A quiz question as a live poll asks it: the stem, the options with their correct flags and explanations (known to
 * the instructor, shown to learners only at the reveal), and the lesson it belongs to.
 */
public record PollQuestion(String id, String lessonId, String stem, boolean multiple, List<Option> options) {

    public PollQuestion {
        options = List.copyOf(options);
    }

    public record Option(String text, boolean correct, String explanation) {}

    public Set<Integer> correctOptions() {
        return IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).boxed()
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<String> optionTexts() {
        return options.stream().map(Option::text).toList();
    }
}
