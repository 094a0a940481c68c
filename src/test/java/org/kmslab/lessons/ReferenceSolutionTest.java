package org.kmslab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;

/** Every lesson's reference solution, replayed on a fresh engine, meets every step's goal. */
class ReferenceSolutionTest {

    static Stream<Lesson> lessons() {
        return new LessonLoader(LessonSource.classpath()).load().lessons().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void the_reference_solution_meets_every_goal(Lesson lesson) {
        KmsEngine engine = new KmsEngine("111122223333", "us-east-1", EngineClock.system());
        List<EngineEvent> events = new ArrayList<>();
        engine.addListener(events::add);

        SolutionRunner.replay(lesson, new PlaintextLab(engine, Caller.root("111122223333", CallSource.LESSON)));

        assertThat(lesson.steps()).allSatisfy(step -> {
            if (step.hasGoal()) {
                assertThat(GoalChecker.isMet(step.goal(), events)).as("goal of step %s", step.id()).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void doing_nothing_meets_no_goal(Lesson lesson) {
        assertThat(lesson.steps()).filteredOn(Lesson.Step::hasGoal)
                .allSatisfy(step -> assertThat(GoalChecker.isMet(step.goal(), List.of())).isFalse());
    }
}
