package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.kmslab.e2e.QuizPracticeJourneyTest.inside;
import static org.kmslab.e2e.QuizPracticeJourneyTest.named;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslab.quiz.AttemptMode;
import org.kmslab.quiz.QuizService;
import org.kmslab.quiz.Selection;
import org.springframework.beans.factory.annotation.Autowired;

/** A hands-on question answered by doing: the learner re-enables a disabled key in a sandbox and the check passes. */
class QuizHandsOnJourneyTest extends BrowserTest {

    @Autowired
    QuizService quiz;

    @Test
    void learner_fixes_a_disabled_key_in_the_sandbox_and_the_question_counts_as_correct() {
        QuizPage.allowSlowFirstRender();
        String attempt = quiz.start("e2e-hands-on", Selection.of(AttemptMode.PRACTICE,
                List.of("state-hands-on-disabled-key"))).id();
        try {
            page.navigate(url("/quiz/attempt/" + attempt));
            Locator task = page.getByRole(AriaRole.REGION, named("Hands-on task"));
            task.getByRole(AriaRole.BUTTON, inside("Prepare a fresh sandbox")).click();
            Locator keyFile = task.getByRole(AriaRole.LIST, inside("Sandbox files")).getByRole(AriaRole.LISTITEM).first();
            assertThat(keyFile).containsText("configKey (key id)");
            String keyId = keyFile.locator(".kmslab-bytes").innerText().strip();

            task.getByRole(AriaRole.BUTTON, inside("Check my sandbox")).click();
            assertThat(task.getByRole(AriaRole.LIST, inside("Goal checklist"))).containsText("it is Disabled");

            Locator console = task.getByRole(AriaRole.GROUP, inside("Console"));
            console.getByLabel("Operation").click();
            page.getByRole(AriaRole.OPTION, named("EnableKey")).click();
            console.getByLabel("Request (JSON)").fill("{\"KeyId\": \"" + keyId + "\"}");
            console.getByRole(AriaRole.BUTTON, inside("Run")).click();
            assertThat(console.getByRole(AriaRole.LIST, inside("Your calls"))).containsText("EnableKey succeeded");

            task.getByRole(AriaRole.BUTTON, inside("Check my sandbox")).click();
            assertThat(page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("References")))
                    .containsText("Correct.");
            screenshot("quiz-hands-on-solved");
        } catch (AssertionError | RuntimeException e) {
            screenshot("quiz-hands-on-failure");
            throw e;
        }
    }
}
