package org.kmslab.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttemptTest {

    final QuestionBank bank = bankOf(30);
    final QuestionPicker picker = new QuestionPicker(bank);
    final Instant start = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void the_same_seed_gives_the_same_questions_and_option_order() {
        Selection exam = Selection.exam(10);
        assertThat(picker.pick(exam, 42)).isEqualTo(picker.pick(exam, 42)).hasSize(10).doesNotHaveDuplicates();
        assertThat(picker.pick(exam, 42)).isNotEqualTo(picker.pick(exam, 43));
        List<String> ids = picker.pick(exam, 42);
        assertThat(picker.optionOrders(ids, 42)).isEqualTo(picker.optionOrders(ids, 42));
    }

    @Test
    void option_order_is_a_shuffled_permutation_of_the_options() {
        List<String> ids = picker.pick(Selection.exam(30), 7);
        Map<String, List<Integer>> orders = picker.optionOrders(ids, 7);
        orders.values().forEach(order -> assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3));
        assertThat(orders.values()).anyMatch(order -> !order.equals(List.of(0, 1, 2, 3)));
    }

    @Test
    void a_drill_only_picks_matching_questions() {
        List<String> ids = picker.pick(Selection.drill(null, null, "beta", 100), 1);
        assertThat(ids).isNotEmpty().allMatch(id -> bank.get(id).topic().equals("beta"));
    }

    @Test
    void the_real_exam_has_65_questions_in_130_minutes_and_shorter_ones_keep_the_pace() {
        assertThat(Selection.exam(65).timeLimit()).isEqualTo(Duration.ofMinutes(130));
        assertThat(Selection.exam(10).timeLimit()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void flags_toggle_and_wrong_or_flagged_lists_both() {
        Attempt attempt = attempt(AttemptMode.EXAM, null);
        attempt.answer("q0", Set.of(0), start);
        attempt.answer("q1", Set.of(1), start);
        attempt.toggleFlag("q0");
        attempt.toggleFlag("q2");
        attempt.toggleFlag("q2");
        assertThat(attempt.flagged()).containsExactly("q0");
        assertThat(attempt.wrongOrFlagged(bank)).containsExactly("q0", "q1", "q2");
    }

    @Test
    void a_submitted_attempt_refuses_new_answers() {
        Attempt attempt = attempt(AttemptMode.EXAM, null);
        attempt.submit(start);
        assertThatThrownBy(() -> attempt.answer("q0", Set.of(0), start)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_timed_attempt_refuses_answers_after_its_deadline_and_records_the_deadline_as_its_end() {
        Attempt attempt = attempt(AttemptMode.EXAM, Duration.ofMinutes(6));
        Instant late = start.plus(Duration.ofMinutes(7));
        assertThat(attempt.remaining(start.plus(Duration.ofMinutes(1)))).contains(Duration.ofMinutes(5));
        assertThat(attempt.isExpired(late)).isTrue();
        assertThatThrownBy(() -> attempt.answer("q0", Set.of(0), late)).isInstanceOf(IllegalStateException.class);
        attempt.submit(late);
        assertThat(attempt.submittedAt()).contains(start.plus(Duration.ofMinutes(6)));
    }

    @Test
    void exam_answers_cannot_be_checked_one_by_one_but_practice_answers_can_and_then_lock() {
        Attempt exam = attempt(AttemptMode.EXAM, null);
        assertThatThrownBy(() -> exam.check("q0", start)).isInstanceOf(IllegalStateException.class);

        Attempt practice = attempt(AttemptMode.PRACTICE, null);
        practice.answer("q0", Set.of(1), start);
        practice.check("q0", start);
        assertThat(practice.isChecked("q0")).isTrue();
        assertThatThrownBy(() -> practice.answer("q0", Set.of(0), start)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_state_round_trips_so_an_attempt_resumes_where_it_stopped() {
        Attempt attempt = attempt(AttemptMode.PRACTICE, null);
        attempt.answer("q1", Set.of(2), start);
        attempt.check("q1", start);
        attempt.toggleFlag("q2");
        attempt.moveTo(2);
        Attempt resumed = new Attempt(attempt.state());
        assertThat(resumed.position()).isEqualTo(2);
        assertThat(resumed.answer("q1")).containsExactly(2);
        assertThat(resumed.isChecked("q1")).isTrue();
        assertThat(resumed.isFlagged("q2")).isTrue();
    }

    private Attempt attempt(AttemptMode mode, Duration limit) {
        List<String> ids = List.of("q0", "q1", "q2");
        return new Attempt(new Attempt.State("a", "me", mode, "test", 1, start, limit, ids,
                picker.optionOrders(ids, 1), Map.of(), Set.of(), Set.of(), 0, null));
    }

    static QuestionBank bankOf(int n) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            questions.add(TestBank.single("q" + i, 1 + i % 4, i % 2 == 0 ? "alpha" : "beta"));
        }
        return new QuestionBank(questions, List.of("alpha", "beta"));
    }
}
