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
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.SandboxService;

/**
 * Every hands-on question on a real engine: its setup runs on a fresh sandbox, its goal is not met yet, and typing its
 * reference solution's command lines into the AWS CLI console meets the goal.
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
                sandbox.replay(step); // the line as the learner types it in the console; throws when it fails
            }
            HandsOnChecker.Report report = HandsOnChecker.check(question.handsOn(), sandbox);
            assertThat(report.passed()).as(report.toString()).isTrue();
            assertThat(sandbox.learnerEvents()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handsOnQuestions")
    void the_solution_shown_to_the_learner_is_command_lines_with_the_setup_values_filled_in(Question question) {
        try (HandsOnSandbox sandbox = HandsOnSandbox.prepare(SANDBOXES.create(), GATEWAY, question.handsOn())) {
            List<String> lines = sandbox.solutionLines(question.handsOn().solution());
            assertThat(lines).hasSameSizeAs(question.handsOn().solution())
                    .allMatch(l -> l.startsWith("aws ") || l.startsWith("lab ") || l.startsWith("echo "))
                    .noneMatch(l -> l.contains("${"));
            sandbox.keys().values().forEach(keyId -> assertThat(keyId).matches("[0-9a-f-]{36}|mrk-[0-9a-f]{32}"));
        }
    }

    @org.junit.jupiter.api.Test
    void the_setup_leaves_its_ciphertexts_and_key_material_as_console_files() {
        Question reimport = handsOnQuestions().stream().filter(q -> q.id().equals("imp-hands-on-reimport"))
                .findFirst().orElseThrow();
        try (HandsOnSandbox sandbox = HandsOnSandbox.prepare(SANDBOXES.create(), GATEWAY, reimport.handsOn())) {
            assertThat(sandbox.files()).containsOnlyKeys("ledgerEntry.enc", "ledgerMaterial.bin");
            assertThat(sandbox.files().get("ledgerMaterial.bin")).isEqualTo("key material, 32 bytes");
            assertThat(sandbox.console().run("lab ls").output()).contains("ledgerEntry.enc", "ledgerMaterial.bin");
            // The key has no material, so the saved ciphertext fails until the learner imports it again.
            assertThat(sandbox.console().run("aws kms decrypt --ciphertext-blob fileb://ledgerEntry.enc").errorType())
                    .isEqualTo("KMSInvalidStateException");
        }
    }
}
