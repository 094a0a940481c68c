package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.kmslab.e2e.QuizPracticeJourneyTest.inside;
import static org.kmslab.e2e.QuizPracticeJourneyTest.named;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kmslab.quiz.AttemptMode;
import org.kmslab.quiz.QuizService;
import org.kmslab.quiz.Selection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hands-on questions answered by doing: the learner chooses the sandbox (the options disappear), types AWS CLI
 * commands in the lessons' console, and only a sandbox that meets the goal counts; or asks for the solution after a
 * failed check, which shows it as command lines and counts the question as missed.
 */
class QuizHandsOnJourneyTest extends BrowserTest {

    private static final Pattern KEY_ID = Pattern.compile("\\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\b");

    @Autowired
    QuizService quiz;

    @Test
    void learner_fixes_a_disabled_key_with_cli_commands_and_the_question_counts_as_correct() {
        QuizPage.allowSlowFirstRender();
        open("state-hands-on-disabled-key");
        try {
            Locator question = page.getByRole(AriaRole.REGION, named("Question"));
            assertThat(question.getByRole(AriaRole.GROUP, inside("How to answer"))).isVisible();
            assertThat(question.locator("vaadin-radio-group")).hasCount(0);
            screenshot("quiz-hands-on-choice");
            question.getByRole(AriaRole.BUTTON, inside("Do it in a sandbox")).click();

            Locator task = page.getByRole(AriaRole.REGION, named("Hands-on task"));
            assertThat(task.getByRole(AriaRole.LIST, inside("Files (fileb://<name>)"))).containsText("config.enc");
            assertThat(question.locator("vaadin-radio-group")).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, named("Check answer"))).hasCount(0);
            screenshot("quiz-hands-on-task");
            health.assertHealthy("quiz hands-on task");

            Locator command = task.getByLabel("Command");
            run(command, "aws kms decrypt --ciphertext-blob fileb://config.enc");
            assertThat(newest(task)).containsText("DisabledException");

            task.getByRole(AriaRole.BUTTON, inside("Check my sandbox")).click();
            Locator verdict = task.getByRole(AriaRole.STATUS, inside("Check result"));
            assertThat(verdict).containsText("Not done yet");
            assertThat(verdict).containsText("✗ Key configKey is Enabled: not yet, it is Disabled.");
            assertThat(verdict).containsText("✗ The ciphertext in config.enc decrypts to its original plaintext: not "
                    + "yet, decrypting it still fails.");
            assertThat(task.getByRole(AriaRole.BUTTON, inside("Show solution"))).isVisible();

            run(command, "aws kms describe-key --key-id alias/lambda-config --query KeyMetadata.KeyId --output text");
            assertThat(newest(task)).containsText(KEY_ID);
            String keyId = LessonPage.read(newest(task), KEY_ID);
            run(command, "aws kms enable-key --key-id " + keyId);
            assertThat(newest(task)).containsText("$ aws kms enable-key --key-id " + keyId);

            task.getByRole(AriaRole.BUTTON, inside("Check my sandbox")).click();
            assertThat(verdict).containsText("Task done: every goal condition holds.");
            Locator feedback = page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("References"));
            assertThat(feedback).containsText("Correct: you solved it in your sandbox.");
            assertThat(feedback.getByRole(AriaRole.LIST, inside("Why each option is right or wrong"))
                    .getByRole(AriaRole.LISTITEM)).hasCount(4);
            assertThat(feedback).not().containsText("(your choice)");
            assertThat(page.getByRole(AriaRole.BUTTON, named("Question 1, answered, correct"))).isVisible();
            screenshot("quiz-hands-on-solved");
            health.assertHealthy("quiz hands-on solved");
        } catch (AssertionError | RuntimeException e) {
            screenshot("quiz-hands-on-failure");
            throw e;
        }
    }

    @Test
    void after_a_failed_check_show_solution_gives_the_cli_lines_and_counts_the_question_as_missed() {
        QuizPage.allowSlowFirstRender();
        open("state-hands-on-cancel-deletion");
        try {
            page.getByRole(AriaRole.BUTTON, named("Do it in a sandbox")).click();
            Locator task = page.getByRole(AriaRole.REGION, named("Hands-on task"));
            Locator command = task.getByLabel("Command");
            // Before any check the solution is not offered, in the console either.
            assertThat(task.getByRole(AriaRole.BUTTON, inside("Show solution"))).isHidden();
            run(command, "lab solution");
            assertThat(newest(task)).containsText("The solution is offered after a check that fails.");

            task.getByRole(AriaRole.BUTTON, inside("Check my sandbox")).click();
            assertThat(task.getByRole(AriaRole.STATUS, inside("Check result")))
                    .containsText("is Enabled: not yet, it is PendingDeletion.");
            task.getByRole(AriaRole.BUTTON, inside("Show solution")).click();

            Locator solution = task.getByRole(AriaRole.REGION, inside("Reference solution"));
            assertThat(solution).containsText(Pattern.compile("aws kms cancel-key-deletion --key-id [0-9a-f-]{36}\\n"
                    + "aws kms enable-key --key-id [0-9a-f-]{36}"));
            Locator feedback = page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("References"));
            assertThat(feedback).containsText("Missed: the task was not solved in the sandbox.");
            screenshot("quiz-hands-on-solution");
            health.assertHealthy("quiz hands-on solution");
        } catch (AssertionError | RuntimeException e) {
            screenshot("quiz-hands-on-solution-failure");
            throw e;
        }
    }

    @Test
    void a_task_that_names_a_role_names_it_in_the_account_of_the_learners_sandbox() {
        QuizPage.allowSlowFirstRender();
        open("policy-hands-on-least-privilege-grant");
        try {
            page.getByRole(AriaRole.BUTTON, named("Do it in a sandbox")).click();
            Locator task = page.getByRole(AriaRole.REGION, named("Hands-on task"));
            Locator inSandbox = task.getByRole(AriaRole.HEADING,
                    new Locator.GetByRoleOptions().setName(Pattern.compile("^In your sandbox")));
            assertThat(inSandbox).containsText(Pattern.compile("account \\d{12}"));
            String account = LessonPage.read(inSandbox, Pattern.compile("account (\\d{12})"));
            String role = "arn:aws:iam::" + account + ":role/report-reader";
            // The stem, the task and the solution name the sandbox's account, never the bank's example account.
            assertThat(page.locator("#question-stem")).containsText(role);
            assertThat(task.locator("#hands-on-task")).containsText(role);
            assertThat(page.getByRole(AriaRole.REGION, named("Question"))).not().containsText("111122223333");
            String keyId = LessonPage.read(task.getByRole(AriaRole.LIST, inside("Keys")), KEY_ID);
            run(task.getByLabel("Command"), "aws kms create-grant --key-id " + keyId + " --grantee-principal " + role
                    + " --operations Decrypt");
            task.getByRole(AriaRole.BUTTON, inside("Check my sandbox")).click();
            assertThat(task.getByRole(AriaRole.STATUS, inside("Check result")))
                    .containsText("Task done: every goal condition holds.");
            screenshot("quiz-hands-on-own-account");
            health.assertHealthy("quiz hands-on in the sandbox's account");
        } catch (AssertionError | RuntimeException e) {
            screenshot("quiz-hands-on-own-account-failure");
            throw e;
        }
    }

    private void open(String questionId) {
        String attempt = quiz.start("e2e-hands-on", Selection.of(AttemptMode.PRACTICE, List.of(questionId))).id();
        page.navigate(url("/quiz/attempt/" + attempt));
    }

    /**
     * Types a line and runs it with Enter; returns once the console has emptied the line (the browser does it at once)
     * and, for a command, once its result is the newest entry ({@code lab solution} only prints a note).
     */
    private static void run(Locator command, String line) {
        command.fill(line);
        command.press("Enter");
        assertThat(command).hasValue("");
        if (!line.equals("lab solution")) {
            assertThat(newest(command.page().getByRole(AriaRole.REGION, named("Hands-on task")))).containsText("$ " + line);
        }
    }

    private static Locator newest(Locator task) {
        return task.getByRole(AriaRole.LOG).locator("pre").first();
    }
}
