package org.kmslab.quiz;

import java.time.Instant;

/** A learner's report that something is wrong with a question, kept for instructors. */
public record ProblemReport(
        long id,
        String learner,
        String questionId,
        Category category,
        String message,
        Instant createdAt,
        boolean resolved) {

    public static final int MAX_MESSAGE = 2000;

    public enum Category {
        WRONG_ANSWER("The marked answer is wrong"),
        UNCLEAR("The question or an option is unclear"),
        OUTDATED("The facts are outdated"),
        BROKEN_LINK("A reference link is broken"),
        TYPO("Typo or wording"),
        OTHER("Something else");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
