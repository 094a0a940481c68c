package org.kmslab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmslab.api.xks.InProcessXksProxy;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.GoalChecker;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;
import org.kmslab.lessons.PlaintextLab;
import org.kmslab.lessons.SolutionRunner;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;

/** Every lesson's reference solution, replayed on a fresh sandbox as a learner would, meets every step's goal. */
class ReferenceSolutionTest {

    static Stream<Lesson> lessons() {
        return new LessonLoader(LessonSource.classpath()).load().lessons().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void the_reference_solution_meets_every_goal(Lesson lesson) {
        SandboxService service = new SandboxService("111122223333", "us-east-1");
        replayAndCheck(lesson, service, service.defaultSandbox());
    }

    /** A second browser's sandbox is another account: the lesson, rendered in it, still replays and meets its goals. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void the_reference_solution_meets_every_goal_in_a_sandbox_of_another_account(Lesson authored) {
        SandboxService service = new SandboxService("111122223333", "us-east-1");
        Sandbox sandbox = service.create();
        Lesson lesson = authored.inAccount(sandbox.accountId());

        assertThat(sandbox.accountId()).isNotEqualTo("111122223333");
        assertThat(lesson.solution()).allSatisfy(a -> assertThat(String.valueOf(a.cli())).doesNotContain("111122223333"));
        replayAndCheck(lesson, service, sandbox);
    }

    private static void replayAndCheck(Lesson lesson, SandboxService service, Sandbox sandbox) {
        InProcessXksProxy proxy = new InProcessXksProxy();
        service.externalKeyStores(proxy);
        List<EngineEvent> events = new ArrayList<>();
        sandbox.addListener(events::add);
        PlaintextLab lab = new PlaintextLab(sandbox.engine(), sandbox.administrator(CallSource.LESSON));

        try {
            new SolutionRunner(lab, new SandboxWorkspace(new KmsGateway(), sandbox)).replay(lesson);
        } finally {
            proxy.destroy();
        }

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
