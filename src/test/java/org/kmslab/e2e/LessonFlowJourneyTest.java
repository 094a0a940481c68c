package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lesson flow a new learner meets (issue 18): the envelope lesson's expected mistake is no dead end, Undo
 * takes a discard back, hints stay after success, the step's solution is one click (or {@code lab solution}) away,
 * and the last step sums the lesson up with the way on and a quiz.
 */
class LessonFlowJourneyTest extends BrowserTest {

    @Test
    void the_envelope_mistake_keeps_the_encrypted_key_and_undo_takes_a_discard_back() {
        PageHealth health = new PageHealth(page);
        LessonPage lesson = new LessonPage(page).open(url("/lessons/envelope-encryption"),
                "Envelope encryption, end to end");
        String key = lesson.createKey("--description envelope");
        lesson.nextTo(2);
        Locator generated = lesson.run("aws kms generate-data-key --key-id " + key + " --key-spec AES_256");
        String plaintext = LessonPage.read(generated, LessonPage.field("Plaintext"));
        String sealed = LessonPage.read(generated, LessonPage.field("CiphertextBlob"));

        lesson.nextTo(3);
        // The expected mistake: the encrypted copy where the plaintext key belongs.
        assertThat(lesson.run("lab encrypt-file --in quarterly-sales.csv --out quarterly-sales.csv.enc --data-key "
                + sealed)).containsText("not its CiphertextBlob");
        lesson.run("lab encrypt-file --in quarterly-sales.csv --out quarterly-sales.csv.enc --data-key " + plaintext);

        lesson.nextTo(4);
        assertThat(lesson.run("lab discard-data-key")).containsText("Discarded 1 plaintext data key");
        Locator log = page.getByRole(AriaRole.LOG);
        assertThat(log).containsText(sealed);
        assertThat(log).not().containsText(plaintext);

        lesson.button("Undo last command").click();
        assertThat(log).containsText(plaintext);
        assertThat(lesson.run("lab discard-data-key")).containsText("Discarded 1 plaintext data key");
        assertThat(log).containsText(sealed);

        lesson.nextTo(5);
        assertThat(page.locator(".kmslab-step-panel")).containsText("Lost the CiphertextBlob?");
        lesson.run("aws s3 mb s3://kmslab-envelope-demo");
        lesson.run("aws s3 cp quarterly-sales.csv.enc s3://kmslab-envelope-demo/quarterly-sales.csv.enc "
                + "--metadata encrypted-data-key=" + sealed);
        lesson.nextTo(6);
        lesson.run("aws s3 cp s3://kmslab-envelope-demo/quarterly-sales.csv.enc downloaded.enc");
        assertThat(lesson.run("aws s3api head-object --bucket kmslab-envelope-demo --key quarterly-sales.csv.enc "
                + "--query 'Metadata.\"encrypted-data-key\"' --output text | base64 --decode > data-key.enc"))
                .containsText("bytes written to data-key.enc");
        assertThat(lesson.run("aws kms decrypt --ciphertext-blob fileb://data-key.enc")).containsText("Plaintext");
        lesson.expectGoalMet();
        screenshot("envelope-recovered");
        health.assertNoErrors();
    }

    @Test
    void hints_stay_after_success_and_the_solution_and_the_summary_are_there_when_wanted() {
        PageHealth health = new PageHealth(page);
        LessonPage lesson = new LessonPage(page).open(url("/lessons/key-states"), "Key states and the key lifecycle");
        lesson.button("Show solution").click();
        Locator firstSolution = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("Solution of this step"));
        assertThat(firstSolution).containsText("aws kms create-key");
        String key = lesson.createKey("--description hints");
        lesson.run("aws kms encrypt --key-id " + key + " --plaintext 'state test' --cli-binary-format raw-in-base64-out");
        lesson.expectGoalMet();
        // The solution stays while the learner follows it, goal met or not; it goes with its step.
        assertThat(firstSolution).containsText("aws kms create-key");
        health.assertHealthy("a step's solution beside its met goal");
        lesson.nextTo(2);
        assertThat(firstSolution).hasCount(0);
        lesson.showHint();
        Locator hints = page.locator("vaadin-details.kmslab-hint-box");
        assertThat(hints).isVisible();
        assertThat(hints).hasAttribute("opened", "");
        lesson.run("aws kms disable-key --key-id " + key);
        lesson.expectGoalMet();
        assertThat(hints).isVisible();
        assertThat(hints).not().hasAttribute("opened", "");
        hints.locator("vaadin-details-summary").click();
        assertThat(hints.getByText("aws kms disable-key --key-id <key ID>")).isVisible();

        lesson.button("Show solution").click();
        Locator solution = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Solution of this step"));
        assertThat(solution).containsText("aws kms disable-key --key-id <KEY>");
        solution.getByRole(AriaRole.BUTTON).first().click();
        assertThat(page.getByLabel("Command")).hasValue("aws kms disable-key --key-id <KEY>");
        page.getByLabel("Command").fill("lab solution");
        page.getByLabel("Command").press("Enter");
        assertThat(page.getByRole(AriaRole.LOG).locator("pre").first()).containsText("Solution of this step:");

        int last = lesson.stepCount();
        lesson.nextTo(last);
        Locator summary = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Lesson summary"));
        assertThat(summary).containsText("steps still open");
        summary.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^○ A disabled key")))
                .first().click();
        assertThat(lesson.position()).containsText("Step 3 of");
        screenshot("key-states-summary");
        health.assertNoErrors();
    }
}
