package org.kmslab.quiz;

import org.kmslab.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Sm2SchedulerTest {

    final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
    final Sm2Scheduler scheduler = new Sm2Scheduler(clock);
    final LocalDate today = LocalDate.of(2026, 3, 2);

    @Test
    void a_missed_question_is_due_tomorrow() {
        ReviewCard card = scheduler.firstMiss("me", "q1");
        assertThat(card.due()).isEqualTo(today.plusDays(1));
        assertThat(card.isDue(today)).isFalse();
        assertThat(card.isDue(today.plusDays(1))).isTrue();
        assertThat(card.lapses()).isEqualTo(1);
        assertThat(card.easiness()).isEqualTo(2.5);
    }

    @Test
    void correct_reviews_space_out_one_day_six_days_then_by_easiness() {
        ReviewCard card = scheduler.firstMiss("me", "q1");
        card = scheduler.review(card, 5);
        assertThat(card.intervalDays()).isEqualTo(1);
        card = scheduler.review(card, 5);
        assertThat(card.intervalDays()).isEqualTo(6);
        card = scheduler.review(card, 5);
        assertThat(card.easiness()).isEqualTo(2.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(card.intervalDays()).isEqualTo(17); // 6 x 2.8 = 16.8
        assertThat(card.due()).isEqualTo(today.plusDays(17));
    }

    @Test
    void a_grade_of_four_keeps_the_easiness_and_a_wrong_answer_starts_over() {
        ReviewCard card = scheduler.answered(scheduler.firstMiss("me", "q1"), true);
        assertThat(card.easiness()).isEqualTo(2.5, org.assertj.core.data.Offset.offset(1e-9));
        card = scheduler.answered(scheduler.answered(card, true), true);
        assertThat(card.repetitions()).isEqualTo(3);
        assertThat(card.intervalDays()).isEqualTo(15);

        ReviewCard lapsed = scheduler.answered(card, false);
        assertThat(lapsed.repetitions()).isZero();
        assertThat(lapsed.intervalDays()).isEqualTo(1);
        assertThat(lapsed.lapses()).isEqualTo(2);
        assertThat(lapsed.easiness()).isLessThan(card.easiness());
    }

    @Test
    void easiness_never_drops_below_1_3() {
        ReviewCard card = scheduler.firstMiss("me", "q1");
        for (int i = 0; i < 20; i++) {
            card = scheduler.review(card, 0);
        }
        assertThat(card.easiness()).isEqualTo(1.3);
    }

    @Test
    void days_follow_the_clock() {
        clock.advance(Duration.ofDays(10));
        assertThat(scheduler.firstMiss("me", "q1").due()).isEqualTo(today.plusDays(11));
    }

    @Test
    void grades_outside_zero_to_five_are_rejected() {
        ReviewCard card = scheduler.firstMiss("me", "q1");
        assertThatThrownBy(() -> scheduler.review(card, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
