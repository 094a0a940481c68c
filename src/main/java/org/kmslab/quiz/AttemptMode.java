package org.kmslab.quiz;

/** How an attempt behaves. */
public enum AttemptMode {
    /** One question at a time, with instant feedback. */
    PRACTICE(true),
    /** The real exam's shape: timed, flags, a navigator, scored only at the end. */
    EXAM(false),
    /** Practice restricted to one domain, task or topic. */
    DRILL(true),
    /** The wrong and flagged questions of earlier attempts, again. */
    REVIEW(true),
    /** Today's spaced-repetition queue of missed questions. */
    SPACED(true);

    private final boolean instantFeedback;

    AttemptMode(boolean instantFeedback) {
        this.instantFeedback = instantFeedback;
    }

    /** Whether each question can be checked on its own before the attempt ends. */
    public boolean instantFeedback() {
        return instantFeedback;
    }
}
