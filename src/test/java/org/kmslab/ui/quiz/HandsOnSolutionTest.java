package org.kmslab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmslab.quiz.HandsOnChecker;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.QuestionBankLoader;
import org.kmslab.quiz.QuizSource;
import org.kmslab.quiz.QuizTopics;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.SandboxService;

/**
 * Every hands-on question on a real engine: its setup runs on a fresh sandbox, its goal is not met yet, and replaying
 * its reference solution through the console path meets the goal.
 */
class HandsOnSolutionTest {

    static final KmsGateway GATEWAY = new KmsGateway();
    static final SandboxService SANDBOXES = SandboxService.local();

    static List<Question> handsOnQuestions() {
        return new QuestionBankLoader(QuizSource.directory(Path.of("lessons/quiz")), QuizTopics.PLANNED,
                QuizTopics.PLANNED).load().questions().stream().filter(q -> q.handsOn() != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handsOnQuestions")
    void the_reference_solution_meets_the_goal_that_the_setup_leaves_unmet(Question question) {
        try (HandsOnSandbox sandbox = HandsOnSandbox.prepare(SANDBOXES.create(), GATEWAY, question.handsOn())) {
            assertThat(HandsOnChecker.check(question.handsOn(), sandbox).passed()).as("goal before solving").isFalse();
            for (Question.SolutionStep step : question.handsOn().solution()) {
                GatewayResponse response = sandbox.run(step);
                assertThat(response.ok()).as(step.operation() + ": " + response.body()).isTrue();
            }
            HandsOnChecker.Report report = HandsOnChecker.check(question.handsOn(), sandbox);
            assertThat(report.passed()).as(report.toString()).isTrue();
            assertThat(sandbox.learnerEvents()).isNotEmpty();
        }
    }
}
