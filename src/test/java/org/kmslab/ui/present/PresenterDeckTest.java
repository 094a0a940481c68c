package org.kmslab.ui.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.Lesson;

class PresenterDeckTest {

    private final Lesson lesson = Lessons.get("plaintext-vs-ciphertext");
    private final PresenterDeck deck = new PresenterDeck(lesson, new SolutionPlan(List.of(1, 2, 4, 5, 5)));

    @Test
    void steps_forward_and_back_within_the_lesson() {
        assertThat(deck.back()).isFalse();
        assertThat(deck.next()).isTrue();
        assertThat(deck.step()).isEqualTo(1);
        assertThat(deck.goTo(lesson.steps().size() - 1)).isTrue();
        assertThat(deck.next()).isFalse();
        assertThat(deck.isLast()).isTrue();
        assertThat(deck.goTo(99)).isFalse();
    }

    @Test
    void answers_are_hidden_until_toggled_and_are_the_actions_of_the_step() {
        assertThat(deck.answersShown()).isFalse();
        deck.toggleAnswers();
        assertThat(deck.answersShown()).isTrue();
        deck.goTo(5);
        assertThat(deck.answers()).extracting(Lesson.SolutionAction::action).containsExactly("FlipByte", "Decrypt");
        deck.goTo(3);
        assertThat(deck.answers()).isEmpty();
    }

    @Test
    void the_script_shows_the_step_of_each_action_before_it_runs() {
        assertThat(deck.beginAction().action()).isEqualTo("CreateKey");
        assertThat(deck.step()).isEqualTo(1);
        deck.actionDone();
        deck.beginAction();
        assertThat(deck.step()).isEqualTo(2);
    }

    @Test
    void the_script_never_moves_an_instructor_who_went_ahead_back() {
        deck.goTo(6);
        deck.beginAction();
        assertThat(deck.step()).isEqualTo(6);
    }

    @Test
    void a_failed_action_is_not_counted_and_is_played_again() {
        deck.beginAction();
        assertThat(deck.nextAction()).isZero();
        deck.beginAction();
        deck.actionDone();
        assertThat(deck.nextAction()).isEqualTo(1);
    }

    @Test
    void restart_goes_back_to_the_first_step_with_the_script_at_its_start() {
        for (int i = 0; i < 5; i++) {
            deck.beginAction();
            deck.actionDone();
        }
        deck.toggleAnswers();
        assertThat(deck.scriptFinished()).isTrue();
        assertThatThrownBy(deck::beginAction).isInstanceOf(IllegalStateException.class);

        deck.restart();

        assertThat(deck.step()).isZero();
        assertThat(deck.nextAction()).isZero();
        assertThat(deck.answersShown()).isFalse();
    }

    @Test
    void a_plan_must_match_the_solution() {
        assertThatThrownBy(() -> new PresenterDeck(lesson, new SolutionPlan(List.of(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
