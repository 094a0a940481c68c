package org.kmslab.quiz;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The SM-2 algorithm (Wozniak, 1987) applied to missed questions. A review is graded 0-5; grades below 3 are lapses
 * that start the card over with a one-day interval. Otherwise the interval goes 1 day, 6 days, then the previous
 * interval times the easiness factor, which each grade nudges up or down (never below 1.3). Days come from the injected
 * clock's zone, so "today" is the learner's day.
 */
public final class Sm2Scheduler {

    /** The grade for a correct answer during a review. */
    public static final int GRADE_CORRECT = 4;
    /** The grade for a wrong answer. */
    public static final int GRADE_WRONG = 1;

    private final Clock clock;

    public Sm2Scheduler(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new card for a question just missed: due tomorrow. */
    public ReviewCard firstMiss(String learner, String questionId) {
        return new ReviewCard(learner, questionId, 0, 1, ReviewCard.INITIAL_EASINESS, today().plusDays(1),
                clock.instant(), 1);
    }

    /** The card after a review graded 0 (blackout) to 5 (perfect). */
    public ReviewCard review(ReviewCard card, int grade) {
        if (grade < 0 || grade > 5) {
            throw new IllegalArgumentException("SM-2 grades are 0 to 5, not " + grade);
        }
        double easiness = Math.max(1.3, card.easiness() + 0.1 - (5 - grade) * (0.08 + (5 - grade) * 0.02));
        int repetitions;
        int interval;
        int lapses = card.lapses();
        if (grade < 3) {
            repetitions = 0;
            interval = 1;
            lapses++;
        } else {
            repetitions = card.repetitions() + 1;
            interval = switch (repetitions) {
                case 1 -> 1;
                case 2 -> 6;
                default -> (int) Math.round(card.intervalDays() * easiness);
            };
        }
        return new ReviewCard(card.learner(), card.questionId(), repetitions, interval, easiness,
                today().plusDays(interval), clock.instant(), lapses);
    }

    /** The card after an answer: wrong answers are lapses, right ones a good recall. */
    public ReviewCard answered(ReviewCard card, boolean correct) {
        return review(card, correct ? GRADE_CORRECT : GRADE_WRONG);
    }
}
