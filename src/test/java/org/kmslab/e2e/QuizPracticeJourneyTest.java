package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A learner practises two questions with instant feedback, reports a problem, finishes and sees the results. */
class QuizPracticeJourneyTest extends BrowserTest {

    @Test
    void learner_practises_gets_explanations_reports_a_problem_and_sees_results() {
        QuizPage.allowSlowFirstRender();
        try {
            page.navigate(url("/quiz"));
            assertThat(page.getByRole(AriaRole.HEADING, named("Practice"))).isVisible();
            screenshot("quiz-home");
            Locator practice = page.getByRole(AriaRole.REGION, named("Practice"));
            practice.getByLabel("Number of questions").fill("2");
            practice.getByRole(AriaRole.BUTTON, inside("Start practice")).click();

            assertThat(page.getByText("Question 1 of 2")).isVisible();
            QuizPage quiz = new QuizPage(page);
            quiz.chooseSomeAnswer();
            page.getByRole(AriaRole.BUTTON, named("Check answer")).click();
            Locator feedback = page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("References"));
            assertThat(feedback).containsText(java.util.regex.Pattern.compile("^(Correct|Incorrect)\\."));
            assertThat(feedback.getByRole(AriaRole.LINK).first()).hasAttribute("href",
                    java.util.regex.Pattern.compile("^https://docs\\.aws\\.amazon\\.com/"));
            screenshot("quiz-practice-feedback");

            page.getByRole(AriaRole.BUTTON, named("Report a problem")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Details").fill("The second option's explanation could cite the key policy page.");
            dialog.getByRole(AriaRole.BUTTON, inside("Send report")).click();
            assertThat(page.getByText("Thank you. Instructors will review question")).isVisible();

            page.getByRole(AriaRole.BUTTON, named("Next")).click();
            assertThat(page.getByText("Question 2 of 2")).isVisible();
            quiz.chooseSomeAnswer();
            page.getByRole(AriaRole.BUTTON, named("Check answer")).click();
            assertThat(page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("References"))).isVisible();

            page.getByRole(AriaRole.BUTTON, named("Finish")).click();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, inside("Finish")).click();
            assertThat(page.locator("#quiz-score")).containsText("Scaled score");
            assertThat(page.getByRole(AriaRole.TABLE, named("Results by topic"))).isVisible();
            assertThat(page.getByRole(AriaRole.GROUP, named("Score history"))).isVisible();
            screenshot("quiz-practice-results");

            page.navigate(url("/quiz/reports"));
            assertThat(page.getByRole(AriaRole.HEADING, named("Question problem reports"))).isVisible();
            assertThat(page.getByText("could cite the key policy page")).isVisible();
        } catch (AssertionError | RuntimeException e) {
            screenshot("quiz-practice-failure");
            throw e;
        }
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    static Locator.GetByRoleOptions inside(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
