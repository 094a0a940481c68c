package org.kmslab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kmslab.ManualClock;

class PollBoardTest {

    private static final String SECRET = ClassroomFixture.SECRET;

    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final ClassroomService classes = ClassroomFixture.classes(clock);
    private final PollBoard board = new PollBoard(classes, clock);

    @Test
    void points_fall_from_1000_to_500_over_the_time_limit() {
        Instant start = Instant.parse("2025-03-01T09:00:00Z");
        var limited = new PollBoard.Countdown("q1", start, Optional.of(start.plusSeconds(20)));
        assertThat(PollBoard.points(limited, start)).isEqualTo(1000);
        assertThat(PollBoard.points(limited, start.plusSeconds(10))).isEqualTo(750);
        assertThat(PollBoard.points(limited, start.plusSeconds(20))).isEqualTo(500);
        assertThat(PollBoard.points(limited, start.plusSeconds(25))).isEqualTo(500);
        assertThat(PollBoard.points(new PollBoard.Countdown("q1", start, Optional.empty()), start.plusSeconds(99)))
                .isEqualTo(1000);
    }

    @Test
    void the_leaderboard_counts_right_answers_by_speed_once_the_poll_is_revealed() {
        Classroom classroom = classes.start(SECRET);
        LearnerTicket ana = classes.join(classroom.code(), "Ana");
        LearnerTicket ben = classes.join(classroom.code(), "Ben");
        LearnerTicket cleo = classes.join(classroom.code(), "Cleo");
        board.push(SECRET, "q1", Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(10));
        assertThat(board.answer(ben, Set.of(0))).isTrue();
        assertThat(board.answer(cleo, Set.of(1))).isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(board.answer(ana, Set.of(0))).isTrue();
        assertThat(board.leaderboard(classroom.code(), classes.poll(SECRET))).isEmpty();

        classes.reveal(SECRET);
        List<PollBoard.Standing> standings = board.leaderboard(classroom.code(), classes.poll(SECRET));
        assertThat(standings).containsExactly(new PollBoard.Standing("Ben", 750, 1),
                new PollBoard.Standing("Ana", 625, 1), new PollBoard.Standing("Cleo", 0, 0));
        // Asking again does not count the round twice.
        assertThat(board.leaderboard(classroom.code(), classes.poll(SECRET))).isEqualTo(standings);
        assertThat(board.answer(cleo, Set.of(0))).as("no answers after the reveal").isFalse();
    }

    @Test
    void the_countdown_belongs_to_the_pushed_question() {
        Classroom classroom = classes.start(SECRET);
        board.push(SECRET, "q1", Duration.ofSeconds(30));
        assertThat(board.countdown(classroom.code(), "q1").flatMap(PollBoard.Countdown::deadline))
                .contains(Instant.parse("2025-03-01T09:00:30Z"));
        assertThat(board.countdown(classroom.code(), "other")).isEmpty();
        board.push(SECRET, "q1", Duration.ZERO);
        assertThat(board.countdown(classroom.code(), "q1").orElseThrow().deadline()).isEmpty();
    }

    @Test
    void a_learner_drawing_the_new_poll_at_once_finds_its_countdown() {
        Classroom classroom = classes.start(SECRET);
        board.push(SECRET, "q1", Duration.ofSeconds(30));
        List<Optional<Instant>> seen = new java.util.ArrayList<>();
        // A learner's browser in another session draws the poll inside the push, as the change is published.
        classes.subscribe(change -> {
            if (change == ClassroomService.Change.POLL) {
                seen.add(board.countdown(classroom.code(), "q1").flatMap(PollBoard.Countdown::deadline));
            }
        });
        // Pushed again with a shorter limit: what the learner draws is the new round's time, not the old one's.
        board.push(SECRET, "q1", Duration.ofSeconds(10));
        assertThat(seen).isNotEmpty().allSatisfy(deadline ->
                assertThat(deadline).contains(Instant.parse("2025-03-01T09:00:10Z")));
    }
}
