package org.kmslab.ui.classroom;

import java.time.Instant;
import org.kmslab.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.sandbox.Sandbox;

class ClassroomServiceTest {

    private static final String SECRET = ClassroomFixture.SECRET;

    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final ClassroomService classes = ClassroomFixture.classes(clock);
    private Classroom classroom;

    @BeforeEach
    void startClass() {
        classroom = classes.start(SECRET);
    }

    @Test
    void a_class_has_a_short_unambiguous_join_code() {
        assertThat(classroom.code()).hasSize(6).matches("[A-HJKMNP-Z2-9]{6}");
    }

    @Test
    void no_instructor_action_runs_without_the_secret() {
        List<Consumer<String>> actions = List.of(
                s -> classes.start(s),
                s -> classes.current(s),
                s -> classes.moveTo(s, "key-states", 1),
                s -> classes.questions(s),
                s -> classes.pushPoll(s, "q1"),
                s -> classes.reveal(s),
                s -> classes.closePoll(s),
                s -> classes.poll(s),
                s -> classes.dashboard(s),
                s -> classes.commonErrors(s),
                s -> classes.end(s));
        LearnerTicket learner = classes.join(classroom.code(), "Mallory");
        for (String wrong : new String[] {null, "", "correct-horse", learner.token(), classroom.code()}) {
            for (Consumer<String> action : actions) {
                assertThatThrownBy(() -> action.accept(wrong)).isInstanceOf(NotInstructorException.class);
            }
        }
        assertThat(classes.current(SECRET)).contains(classroom);
        assertThat(classroom.target()).isEmpty();
    }

    @Test
    void learners_join_with_the_code_each_with_their_own_sandbox() {
        LearnerTicket ana = classes.join(classroom.code().toLowerCase(), "  Ana ");
        LearnerTicket ben = classes.join(classroom.code(), "Ben");

        Sandbox anas = classes.sandbox(ana).orElseThrow();
        anas.engine().createKey(anas.administrator(CallSource.CONSOLE), CreateKeyRequest.symmetric());

        Sandbox bens = classes.sandbox(ben).orElseThrow();
        assertThat(bens).isNotSameAs(anas);
        assertThat(bens.engine().listKeys(bens.administrator(CallSource.CONSOLE), ListKeysRequest.of()).keys()).isEmpty();
        assertThat(classes.name(ana)).contains("Ana");
        assertThat(classes.dashboard(SECRET)).extracting(Classroom.LearnerRow::name).containsExactly("Ana", "Ben");
    }

    @Test
    void a_wrong_code_or_an_empty_name_is_refused() {
        assertThatThrownBy(() -> classes.join("ZZZZZZ", "Ana")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> classes.join(classroom.code(), " \t")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void display_names_lose_control_characters_and_are_capped() {
        assertThat(ClassroomService.cleanName("<b>Eve</b>\u0007")).isEqualTo("<b>Eve</b>");
        assertThat(ClassroomService.cleanName("x".repeat(100))).hasSize(ClassroomService.MAX_NAME);
    }

    @Test
    void a_forged_or_foreign_ticket_reaches_nothing() {
        classes.join(classroom.code(), "Ana");
        LearnerTicket forged = new LearnerTicket(classroom.code(), "00".repeat(16));

        assertThat(classes.sandbox(forged)).isEmpty();
        assertThat(classes.answer(forged, Set.of(0))).isFalse();
        assertThat(classes.poll(forged)).isEmpty();
    }

    @Test
    void learners_follow_the_instructor_and_may_unfollow_and_rejoin() {
        LearnerTicket ana = classes.join(classroom.code(), "Ana");
        List<ClassroomService.Change> changes = new ArrayList<>();
        classes.subscribe(changes::add);

        classes.moveTo(SECRET, "key-states", 2);

        assertThat(changes).contains(ClassroomService.Change.TARGET);
        assertThat(classes.isFollowing(ana)).isTrue();
        assertThat(classes.target(ana)).contains(new Classroom.Target("key-states", 2));
        classes.follow(ana, false);
        assertThat(classes.isFollowing(ana)).isFalse();
        classes.follow(ana, true);
        assertThat(classes.isFollowing(ana)).isTrue();
        assertThatThrownBy(() -> classes.moveTo(SECRET, "key-states", 99)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void learners_see_no_answer_before_the_reveal_and_everything_after() {
        LearnerTicket ana = classes.join(classroom.code(), "Ana");
        LearnerTicket ben = classes.join(classroom.code(), "Ben");
        classes.pushPoll(SECRET, "q1");

        Poll.LearnerPoll before = classes.poll(ana).orElseThrow();
        assertThat(before.correct()).isEmpty();
        assertThat(before.explanations()).isEmpty();
        assertThat(before.tally()).isEmpty();
        assertThat(before.options()).containsExactly("Blocks every use", "Deletes the key");

        assertThat(classes.answer(ana, Set.of(0))).isTrue();
        assertThat(classes.answer(ben, Set.of(1))).isTrue();
        assertThat(classes.answer(ben, Set.of(0, 1))).as("single choice").isFalse();
        assertThat(classes.poll(SECRET).orElseThrow().tally().counts()).containsExactly(1, 1);
        assertThat(classes.poll(ben).orElseThrow().tally()).as("no peeking at the class").isEmpty();

        classes.reveal(SECRET);

        Poll.LearnerPoll after = classes.poll(ben).orElseThrow();
        assertThat(after.correct()).containsExactly(0);
        assertThat(after.explanations()).hasSize(2);
        assertThat(after.tally().orElseThrow().responders()).isEqualTo(2);
        assertThat(after.myAnswer()).containsExactly(1);
        assertThat(classes.answer(ben, Set.of(0))).as("no changing after the reveal").isFalse();
    }

    @Test
    void ending_the_class_sends_learners_home() {
        LearnerTicket ana = classes.join(classroom.code(), "Ana");
        classes.end(SECRET);

        assertThat(classes.inClass(ana)).isFalse();
        assertThat(classes.current(SECRET)).isEmpty();
        assertThatThrownBy(() -> classes.join(classroom.code(), "Late")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_learners_errors_reach_the_dashboard_from_their_sandbox_events() {
        LearnerTicket ana = classes.join(classroom.code(), "Ana");
        classes.position(ana, "key-states", 2);
        Sandbox sandbox = classes.sandbox(ana).orElseThrow();
        for (int i = 0; i < 3; i++) {
            try {
                sandbox.engine().describeKey(sandbox.administrator(CallSource.CONSOLE),
                        org.kmslab.engine.api.DescribeKeyRequest.of("alias/nothing-here"));
            } catch (RuntimeException expected) {
                // NotFoundException: the event is what counts
            }
        }

        Classroom.LearnerRow row = classes.dashboard(SECRET).getFirst();
        assertThat(row.stuck()).isTrue();
        assertThat(row.errorsOnStep()).isEqualTo(3);
        assertThat(row.lastError()).isEqualTo("DescribeKey: NotFoundException");
        assertThat(classes.commonErrors(SECRET)).singleElement()
                .isEqualTo(new Classroom.CommonError("DescribeKey", "NotFoundException", 3));
    }
}
