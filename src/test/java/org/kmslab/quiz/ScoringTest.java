package org.kmslab.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTest {

    final Question s1 = TestBank.single("s1", 1, "alpha");
    final Question s2 = TestBank.single("s2", 2, "beta");
    final Question m1 = TestBank.multiple("m1", 1, "beta");
    final QuestionBank bank = TestBank.bank(s1, s2, m1);
    final Instant now = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void a_single_answer_is_right_only_with_its_one_correct_option() {
        assertThat(Scoring.isCorrect(s1, Set.of(0))).isTrue();
        assertThat(Scoring.isCorrect(s1, Set.of(1))).isFalse();
        assertThat(Scoring.isCorrect(s1, Set.of(0, 1))).isFalse();
        assertThat(Scoring.isCorrect(s1, Set.of())).isFalse();
    }

    @Test
    void a_multiple_response_answer_gets_no_partial_credit() {
        assertThat(Scoring.isCorrect(m1, Set.of(0, 2))).isTrue();
        assertThat(Scoring.isCorrect(m1, Set.of(0))).isFalse();
        assertThat(Scoring.isCorrect(m1, Set.of(0, 2, 3))).isFalse();
        assertThat(Scoring.isCorrect(m1, Set.of(1, 3))).isFalse();
    }

    @Test
    void the_score_breaks_down_by_domain_and_topic_and_counts_unanswered_as_wrong() {
        Attempt attempt = attempt(List.of("s1", "s2", "m1"));
        attempt.answer("s1", Set.of(0), now);
        attempt.answer("m1", Set.of(0), now);

        Score score = Scoring.score(attempt, bank);

        assertThat(score.correct()).isEqualTo(1);
        assertThat(score.answered()).isEqualTo(2);
        assertThat(score.total()).isEqualTo(3);
        assertThat(score.wrong()).containsExactly("s2", "m1");
        assertThat(score.byDomain()).containsExactly(Map.entry(1, new Score.Tally(1, 2)), Map.entry(2, new Score.Tally(0, 1)));
        assertThat(score.byTopic()).containsExactly(Map.entry("alpha", new Score.Tally(1, 1)), Map.entry("beta", new Score.Tally(0, 2)));
        assertThat(score.weakTopics(70)).containsExactly("beta");
    }

    @Test
    void the_scaled_score_runs_from_100_to_1000_and_720_passes() {
        assertThat(Scoring.scaled(0, 65)).isEqualTo(100);
        assertThat(Scoring.scaled(65, 65)).isEqualTo(1000);
        assertThat(Scoring.scaled(47, 65)).isEqualTo(751);
        assertThat(Scoring.scaled(45, 65)).isEqualTo(723);
        assertThat(Scoring.scaled(44, 65)).isEqualTo(709);

        Attempt attempt = attempt(List.of("s1", "s2", "m1"));
        attempt.answer("s1", Set.of(0), now);
        attempt.answer("s2", Set.of(0), now);
        attempt.answer("m1", Set.of(0, 2), now);
        Score perfect = Scoring.score(attempt, bank);
        assertThat(perfect.scaled()).isEqualTo(1000);
        assertThat(perfect.passed()).isTrue();
        assertThat(perfect.percent()).isEqualTo(100);
    }

    @Test
    void questions_removed_from_the_bank_since_the_attempt_are_left_out_of_the_score() {
        Attempt attempt = attempt(List.of("s1", "gone"));
        attempt.answer("s1", Set.of(0), now);
        Score score = Scoring.score(attempt, bank);
        assertThat(score.total()).isEqualTo(1);
        assertThat(score.correct()).isEqualTo(1);
    }

    private Attempt attempt(List<String> ids) {
        return new Attempt(new Attempt.State("a1", "me", AttemptMode.EXAM, "test", 1, now, null, ids,
                Map.of(), Map.of(), Set.of(), Set.of(), 0, null));
    }
}
