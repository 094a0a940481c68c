package org.kmslab.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.lessons.Lesson;
import org.kmslab.sandbox.ExternalKeyStores;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;

class PresentationTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Lesson lesson = Lessons.get("plaintext-vs-ciphertext");
    private final Sandbox sandbox = SandboxService.local().create();
    private final Presentation presentation = new Presentation(
            new PresenterDeck(lesson, SolutionPlan.of(lesson, new KmsGateway(), ExternalKeyStores.NONE)),
            new DemoScript(sandbox, new KmsGateway()), sandbox, timer);
    private final List<Presentation.State> heard = new ArrayList<>();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void both_windows_hear_every_move() {
        List<Integer> notesWindow = new ArrayList<>();
        presentation.addListener(heard::add);
        presentation.addListener(s -> notesWindow.add(s.step()));

        presentation.handle(PresenterKeys.NEXT);
        presentation.handle(PresenterKeys.NEXT);
        presentation.handle(PresenterKeys.BACK);

        assertThat(heard).extracting(Presentation.State::step).containsExactly(1, 2, 1);
        assertThat(notesWindow).containsExactly(1, 2, 1);
    }

    @Test
    void playing_one_action_moves_to_its_step_and_logs_it() {
        presentation.playOne();

        Presentation.State state = presentation.state();
        assertThat(state.step()).isEqualTo(1);
        assertThat(state.nextAction()).isEqualTo(1);
        assertThat(state.log()).singleElement().satisfies(p -> assertThat(p.command()).contains("Create KMS key"));
        assertThat(keys()).isEqualTo(1);
    }

    @Test
    void reset_empties_the_sandbox_and_starts_again() {
        presentation.playOne();
        presentation.playOne();
        presentation.handle(PresenterKeys.TOGGLE_ANSWERS);

        presentation.handle(PresenterKeys.RESET);

        Presentation.State state = presentation.state();
        assertThat(keys()).isZero();
        assertThat(state.step()).isZero();
        assertThat(state.nextAction()).isZero();
        assertThat(state.answersShown()).isFalse();
        assertThat(state.log()).isEmpty();
        presentation.playOne();
        assertThat(presentation.state().problem()).isNull();
    }

    @Test
    void a_broken_script_pauses_with_a_problem_until_reset() {
        Lesson console = Lessons.get("key-states");
        Sandbox demo = SandboxService.local().create();
        SolutionPlan plan = SolutionPlan.of(console, new KmsGateway(), ExternalKeyStores.NONE);
        Presentation states = new Presentation(new PresenterDeck(console, plan),
                new DemoScript(demo, new KmsGateway()), demo, timer);
        states.playOne(); // create-key, saves KEY
        demo.reset(); // improvised away: the key the script made is gone
        states.playOne(); // printf 'state test' > state.txt needs no key
        assertThat(states.state().problem()).isNull();

        states.playOne(); // encrypt with the vanished KEY

        assertThat(states.state().problem()).contains("press R to reset");
        assertThat(states.state().nextAction()).isEqualTo(2);
        states.reset();
        assertThat(states.state().problem()).isNull();
        states.playOne();
        states.playOne();
        states.playOne();
        assertThat(states.state().problem()).isNull();
        assertThat(states.state().nextAction()).isEqualTo(3);
    }

    @Test
    void play_runs_the_script_on_its_own_and_pause_stops_it() throws InterruptedException {
        CountDownLatch firstAction = new CountDownLatch(1);
        presentation.addListener(s -> {
            if (s.nextAction() >= 1) {
                firstAction.countDown();
            }
        });

        presentation.handle(PresenterKeys.PLAY_PAUSE);
        assertThat(presentation.state().playing()).isTrue();
        assertThat(firstAction.await(10, TimeUnit.SECONDS)).isTrue();
        presentation.handle(PresenterKeys.PLAY_PAUSE);

        Presentation.State paused = presentation.state();
        assertThat(paused.playing()).isFalse();
        assertThat(paused.nextAction()).isLessThan(paused.actionCount());
    }

    private int keys() {
        return sandbox.engine().listKeys(sandbox.administrator(CallSource.LESSON), ListKeysRequest.of()).keys().size();
    }
}
