package org.kmslab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandHistoryTest {

    private final CommandHistory history = new CommandHistory();

    @Test
    void arrow_up_walks_back_and_arrow_down_returns_to_the_typed_draft() {
        history.add("aws kms create-key");
        history.add("aws kms list-keys");
        assertThat(history.previous("aws kms desc")).contains("aws kms list-keys");
        assertThat(history.previous("ignored")).contains("aws kms create-key");
        assertThat(history.previous("ignored")).isEmpty();
        assertThat(history.next()).contains("aws kms list-keys");
        assertThat(history.next()).contains("aws kms desc");
        assertThat(history.next()).isEmpty();
    }

    @Test
    void repeats_and_blank_lines_are_kept_once_or_not_at_all_and_running_resets_the_position() {
        history.add("aws kms list-keys");
        history.add("aws kms list-keys ");
        history.add("   ");
        assertThat(history.lines()).containsExactly("aws kms list-keys");
        history.previous("");
        history.add("aws kms list-aliases");
        assertThat(history.previous("")).contains("aws kms list-aliases");
    }

    @Test
    void keeps_at_most_its_size() {
        for (int i = 0; i < CommandHistory.SIZE + 5; i++) {
            history.add("echo " + i);
        }
        assertThat(history.lines()).hasSize(CommandHistory.SIZE).first().isEqualTo("echo 5");
    }
}
