package org.kmslab.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventPlayerPresenterTest {

    private final EventPlayerPresenter<String> player = new EventPlayerPresenter<>(s -> "event " + s);

    private void loadThree() {
        player.load(List.of("CreateKey", "Encrypt", "Decrypt"));
    }

    @Test
    void starts_before_the_first_event_paused() {
        loadThree();
        assertThat(player.state()).isEqualTo(new EventPlayerPresenter.State(-1, 3, false, 1.0, "", false));
        assertThat(player.current()).isEmpty();
    }

    @Test
    void steps_forward_to_each_event_then_stops_at_the_last() {
        loadThree();
        assertThat(player.forward()).contains("CreateKey");
        assertThat(player.forward()).contains("Encrypt");
        assertThat(player.forward()).contains("Decrypt");
        assertThat(player.forward()).isEmpty();
        assertThat(player.state().index()).isEqualTo(2);
        assertThat(player.state().label()).isEqualTo("event Decrypt");
    }

    @Test
    void steps_back_and_replays_the_earlier_event_but_not_before_the_first() {
        loadThree();
        player.forward();
        player.forward();
        assertThat(player.back()).contains("CreateKey");
        assertThat(player.back()).isEmpty();
        assertThat(player.state().index()).isZero();
    }

    @Test
    void plays_by_ticks_and_stops_after_the_last_event() {
        loadThree();
        assertThat(player.play()).isEmpty();
        assertThat(player.state().playing()).isTrue();
        assertThat(player.tick()).contains("CreateKey");
        assertThat(player.tick()).contains("Encrypt");
        assertThat(player.tick()).contains("Decrypt");
        assertThat(player.state().playing()).isFalse();
        assertThat(player.tick()).isEmpty();
    }

    @Test
    void play_at_the_end_starts_again_from_the_first_event() {
        loadThree();
        player.forward();
        player.forward();
        player.forward();
        assertThat(player.play()).contains("CreateKey");
        assertThat(player.state().index()).isZero();
        assertThat(player.state().playing()).isTrue();
    }

    @Test
    void stepping_by_hand_or_pausing_stops_playback_and_ticks_do_nothing_while_paused() {
        loadThree();
        player.play();
        player.forward();
        assertThat(player.state().playing()).isFalse();
        assertThat(player.tick()).isEmpty();
        player.play();
        player.pause();
        assertThat(player.tick()).isEmpty();
    }

    @Test
    void first_goes_back_before_the_first_event() {
        loadThree();
        player.forward();
        player.first();
        assertThat(player.state().index()).isEqualTo(-1);
        assertThat(player.current()).isEmpty();
    }

    @Test
    void recording_appends_without_moving_and_nothing_plays_when_empty() {
        assertThat(player.play()).isEmpty();
        assertThat(player.state().playing()).isFalse();
        player.record("CreateKey");
        assertThat(player.state().total()).isEqualTo(1);
        assertThat(player.state().index()).isEqualTo(-1);
    }

    @Test
    void only_the_newest_events_are_kept_and_the_position_stays_on_its_event() {
        for (int i = 0; i < EventPlayerPresenter.KEPT; i++) {
            player.record("e" + i);
        }
        player.forward();
        player.forward();
        assertThat(player.current()).contains("e1");
        for (int i = EventPlayerPresenter.KEPT; i < EventPlayerPresenter.KEPT + 5; i++) {
            player.record("e" + i);
        }
        assertThat(player.state().total()).isEqualTo(EventPlayerPresenter.KEPT);
        assertThat(player.current()).isEmpty(); // e1 was dropped: back before the first kept event
        assertThat(player.forward()).contains("e5");
        player.record("e" + (EventPlayerPresenter.KEPT + 5));
        assertThat(player.current()).isEmpty();
        assertThat(player.forward()).contains("e6");
        player.forward();
        player.record("one more");
        assertThat(player.current()).contains("e7");

        player.load(java.util.stream.IntStream.range(0, EventPlayerPresenter.KEPT + 3).mapToObj(i -> "r" + i).toList());
        assertThat(player.state().total()).isEqualTo(EventPlayerPresenter.KEPT);
        assertThat(player.forward()).contains("r3");
    }

    @Test
    void speed_snaps_to_an_offered_value_and_reduced_motion_is_kept() {
        player.setSpeed(3.1);
        assertThat(player.state().speed()).isEqualTo(4.0);
        player.setSpeed(0.1);
        assertThat(player.state().speed()).isEqualTo(0.5);
        player.setReducedMotion(true);
        assertThat(player.state().reducedMotion()).isTrue();
    }
}
