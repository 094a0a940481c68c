package org.kmslab.quiz;

import java.util.Set;

/**
 * What a learner sees after checking a question: whether the answer was right, and every option's explanation.
 * {@code inSandbox} says the question was answered by doing its hands-on task: right means its goal held, and the
 * options are shown for learning, not as the learner's choice.
 */
public record Feedback(Question question, Set<Integer> chosen, boolean correct, boolean inSandbox) {

    public Feedback {
        chosen = Set.copyOf(chosen);
    }

    public Feedback(Question question, Set<Integer> chosen, boolean correct) {
        this(question, chosen, correct, false);
    }
}
