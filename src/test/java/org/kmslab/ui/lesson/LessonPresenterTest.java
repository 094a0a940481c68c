package org.kmslab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;
import org.kmslab.lessons.PlaintextLab;

class LessonPresenterTest {

    private LessonPresenter presenter;
    private PlaintextLab lab;
    private final List<EngineEvent> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Lesson lesson = new LessonLoader(LessonSource.classpath()).loadLesson("plaintext-vs-ciphertext");
        presenter = new LessonPresenter(lesson);
        KmsEngine engine = new KmsEngine("111122223333", "us-east-1", EngineClock.system());
        engine.addListener(events::add);
        engine.addListener(presenter::record);
        lab = new PlaintextLab(engine, Caller.root("111122223333", CallSource.LESSON));
    }

    @Test
    void starts_on_the_first_step_and_cannot_go_back() {
        assertThat(presenter.currentIndex()).isZero();
        presenter.back();
        assertThat(presenter.currentIndex()).isZero();
    }

    @Test
    void a_step_goal_is_met_by_the_real_engine_call() {
        presenter.next();
        assertThat(presenter.currentStep().id()).isEqualTo("make-a-key");
        assertThat(presenter.isGoalMet(1)).isFalse();
        lab.createKey();
        assertThat(presenter.isGoalMet(1)).isTrue();
    }

    @Test
    void the_tamper_goal_needs_a_refused_decrypt_not_a_successful_one() {
        int tamper = indexOf("tamper-with-it");
        lab.createKey();
        lab.encrypt("hello");
        lab.decrypt();
        assertThat(presenter.isGoalMet(tamper)).isFalse();
        lab.flipByte(0);
        try {
            lab.decrypt();
        } catch (RuntimeException expected) {
            // InvalidCiphertextException is the point of the step
        }
        assertThat(presenter.isGoalMet(tamper)).isTrue();
        assertThat(events.getLast().errorCode()).isEqualTo("InvalidCiphertextException");
    }

    @Test
    void hints_are_revealed_one_at_a_time_and_reset_on_step_change() {
        presenter.next();
        assertThat(presenter.visibleHints()).isEmpty();
        assertThat(presenter.revealHint()).hasSize(1);
        assertThat(presenter.revealHint()).hasSize(2);
        assertThat(presenter.hasMoreHints()).isFalse();
        presenter.next();
        assertThat(presenter.visibleHints()).isEmpty();
    }

    @Test
    void next_stops_at_the_last_step() {
        for (int i = 0; i < 20; i++) {
            presenter.next();
        }
        assertThat(presenter.isLast()).isTrue();
    }

    private int indexOf(String stepId) {
        List<Lesson.Step> steps = presenter.lesson().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        throw new AssertionError(stepId);
    }

    @Test
    void resuming_returns_to_the_saved_step_with_the_saved_steps_done() {
        presenter.resume("tamper-with-it", java.util.Set.of("why-encrypt", "make-a-key", "no-such-step"));
        assertThat(presenter.currentStep().id()).isEqualTo("tamper-with-it");
        assertThat(presenter.isGoalMet(presenter.indexOf("make-a-key"))).isTrue();
        assertThat(presenter.completedStepIds()).contains("why-encrypt", "make-a-key").doesNotContain("no-such-step");
    }

    @Test
    void a_step_without_a_goal_is_done_once_read_and_restart_forgets_everything() {
        assertThat(presenter.completedStepIds()).containsExactly("why-encrypt");
        lab.createKey();
        assertThat(presenter.completedStepIds()).contains("make-a-key");
        presenter.next();
        presenter.restart();
        assertThat(presenter.currentIndex()).isZero();
        assertThat(presenter.completedStepIds()).containsExactly("why-encrypt");
        assertThat(presenter.events()).isEmpty();
    }

    @Test
    void an_unknown_saved_step_starts_at_the_first_step() {
        presenter.next();
        presenter.resume("gone", java.util.Set.of());
        assertThat(presenter.currentIndex()).isZero();
    }
}
