package org.kmslab.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenterKeysTest {

    @Test
    void arrows_space_and_page_keys_step_forward_and_back() {
        assertThat(PresenterKeys.of("ArrowRight")).contains(PresenterKeys.NEXT);
        assertThat(PresenterKeys.of(" ")).contains(PresenterKeys.NEXT);
        assertThat(PresenterKeys.of("PageDown")).contains(PresenterKeys.NEXT);
        assertThat(PresenterKeys.of("ArrowLeft")).contains(PresenterKeys.BACK);
        assertThat(PresenterKeys.of("PageUp")).contains(PresenterKeys.BACK);
    }

    @Test
    void letter_keys_work_with_or_without_shift() {
        assertThat(PresenterKeys.of("r")).contains(PresenterKeys.RESET);
        assertThat(PresenterKeys.of("R")).contains(PresenterKeys.RESET);
        assertThat(PresenterKeys.of("a")).contains(PresenterKeys.TOGGLE_ANSWERS);
        assertThat(PresenterKeys.of("p")).contains(PresenterKeys.PLAY_PAUSE);
        assertThat(PresenterKeys.of("S")).contains(PresenterKeys.PLAY_ONE);
        assertThat(PresenterKeys.of("n")).contains(PresenterKeys.OPEN_NOTES);
    }

    @Test
    void other_keys_do_nothing() {
        assertThat(PresenterKeys.of("x")).isEmpty();
        assertThat(PresenterKeys.of("Enter")).isEmpty();
        assertThat(PresenterKeys.of("")).isEmpty();
        assertThat(PresenterKeys.of(null)).isEmpty();
    }

    @Test
    void the_browser_forwards_every_mapped_key() {
        assertThat(PresenterKeys.forwarded().split(",", -1))
                .contains("ArrowRight", " ", "ArrowLeft", "r", "R", "a", "A", "p", "s", "n")
                .allSatisfy(k -> assertThat(PresenterKeys.of(k)).isPresent());
    }
}
