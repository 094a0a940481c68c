package org.kmslab.quiz;

import java.util.ArrayList;
import java.util.List;

/** Small hand-made banks and a clock that tests move by hand. */
final class TestBank {

    private TestBank() {}

    /** A single-answer question whose option 0 is correct. */
    static Question single(String id, int domain, String topic) {
        return new Question(id, QuestionType.SINGLE, "Which option is right for " + id + "?", options(4, 0),
                domain, domain + ".1", topic, Difficulty.EASY,
                List.of("https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html"), null);
    }

    /** A multiple-response question whose options 0 and 2 are correct. */
    static Question multiple(String id, int domain, String topic) {
        return new Question(id, QuestionType.MULTIPLE, "Which options are right for " + id + "? (Choose two.)",
                options(5, 0, 2), domain, domain + ".1", topic, Difficulty.MEDIUM,
                List.of("https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html"), null);
    }

    private static List<Question.Option> options(int count, int... correct) {
        List<Question.Option> options = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            final int index = i;
            boolean right = java.util.Arrays.stream(correct).anyMatch(c -> c == index);
            options.add(new Question.Option("Option " + i, right, "Because option " + i + " is " + (right ? "right" : "wrong")));
        }
        return options;
    }

    static QuestionBank bank(Question... questions) {
        return new QuestionBank(List.of(questions), List.of("alpha", "beta"));
    }
}
