package org.kmslab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PollResultsTest {

    @Test
    void shares_of_a_single_answer_poll_add_up_to_100() {
        assertThat(PollResults.percents(new Poll.Tally(List.of(1, 1, 1), 3))).containsExactly(34, 33, 33);
        assertThat(PollResults.percents(new Poll.Tally(List.of(2, 1, 0, 0), 3))).containsExactly(67, 33, 0, 0);
        assertThat(PollResults.percents(new Poll.Tally(List.of(1, 2, 4), 7))).containsExactly(14, 29, 57);
        assertThat(PollResults.percents(new Poll.Tally(List.of(0, 5), 5))).containsExactly(0, 100);
    }

    @Test
    void an_option_nobody_chose_gets_no_share_even_when_points_are_left_over() {
        assertThat(PollResults.percents(new Poll.Tally(List.of(1, 1, 1, 0, 0, 0), 3)))
                .containsExactly(34, 33, 33, 0, 0, 0);
    }

    @Test
    void a_choose_all_poll_rounds_each_share_on_its_own_and_nobody_answering_is_all_zero() {
        // Two learners, both chose A, one chose B as well: 100 % and 50 %, which need not add up to 100.
        assertThat(PollResults.percents(new Poll.Tally(List.of(2, 1, 0), 2))).containsExactly(100, 50, 0);
        assertThat(PollResults.percents(new Poll.Tally(List.of(0, 0), 0))).containsExactly(0, 0);
    }
}
