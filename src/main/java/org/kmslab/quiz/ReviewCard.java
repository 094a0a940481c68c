package org.kmslab.quiz;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A missed question's place in one learner's spaced-repetition schedule (SM-2).
 *
 * @param repetitions  correct reviews in a row since the last lapse
 * @param intervalDays days from the last review to the next
 * @param easiness     SM-2 easiness factor, never below 1.3
 * @param due          the day the question is next due
 * @param lapses       how often the learner has got it wrong
 */
public record ReviewCard(
        String learner,
        String questionId,
        int repetitions,
        int intervalDays,
        double easiness,
        LocalDate due,
        Instant lastReviewed,
        int lapses) {

    public static final double INITIAL_EASINESS = 2.5;

    public boolean isDue(LocalDate today) {
        return !due.isAfter(today);
    }
}
