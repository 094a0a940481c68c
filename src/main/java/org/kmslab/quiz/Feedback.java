package org.kmslab.quiz;

import java.util.Set;

/** What a learner sees after checking a question: whether the answer was right, and every option's explanation. */
public record Feedback(Question question, Set<Integer> chosen, boolean correct) {

    public Feedback {
        chosen = Set.copyOf(chosen);
    }
}
