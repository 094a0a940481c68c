package org.kmslab.ui.classroom;

import org.kmslab.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;

class ClassroomTest {

    private static final LessonCatalog CATALOG = new LessonLoader(LessonSource.classpath()).load();

    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final Classroom classroom = new Classroom("ABC234", clock, CATALOG::find);

    @Test
    void a_learner_on_an_unmet_goal_for_minutes_is_stuck() {
        classroom.add("t1", "Ana");
        classroom.position("t1", "plaintext-vs-ciphertext", 1); // make-a-key

        clock.advance(Classroom.STUCK_AFTER.minusSeconds(1));
        assertThat(classroom.dashboard().getFirst().stuck()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(classroom.dashboard().getFirst().stuck()).isTrue();
    }

    @Test
    void meeting_the_goal_or_a_step_without_goal_is_never_stuck() {
        classroom.add("t1", "Ana");
        classroom.position("t1", "plaintext-vs-ciphertext", 0); // prose only
        clock.advance(Duration.ofMinutes(30));
        assertThat(classroom.dashboard().getFirst().stuck()).isFalse();

        classroom.position("t1", "plaintext-vs-ciphertext", 1);
        classroom.record("t1", event("CreateKey", null));
        clock.advance(Duration.ofMinutes(30));
        assertThat(classroom.dashboard().getFirst().stuck()).isFalse();
    }

    @Test
    void three_errors_on_one_step_make_a_learner_stuck_and_a_new_step_clears_them() {
        classroom.add("t1", "Ana");
        classroom.position("t1", "key-states", 2);
        for (int i = 0; i < Classroom.STUCK_ERRORS; i++) {
            classroom.record("t1", event("DisableKey", "NotFoundException"));
        }
        assertThat(classroom.dashboard().getFirst().stuck()).isTrue();

        classroom.position("t1", "key-states", 3);

        assertThat(classroom.dashboard().getFirst().stuck()).isFalse();
        assertThat(classroom.dashboard().getFirst().errorsOnStep()).isZero();
    }

    @Test
    void the_most_common_errors_come_first() {
        classroom.add("t1", "Ana");
        classroom.add("t2", "Ben");
        classroom.record("t1", event("Encrypt", "DisabledException"));
        classroom.record("t2", event("Encrypt", "DisabledException"));
        classroom.record("t2", event("ScheduleKeyDeletion", "ValidationException"));

        assertThat(classroom.commonErrors(5)).containsExactly(
                new Classroom.CommonError("Encrypt", "DisabledException", 2),
                new Classroom.CommonError("ScheduleKeyDeletion", "ValidationException", 1));
    }

    private static EngineEvent event(String operation, String errorCode) {
        return new EngineEvent("e", "r", Instant.EPOCH, operation, EventType.values()[0], null, "111122223333",
                "us-east-1", null, Map.of(), null, errorCode, errorCode == null ? null : "message", null, false, 0);
    }
}
