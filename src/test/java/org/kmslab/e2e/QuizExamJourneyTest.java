package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.kmslab.e2e.QuizPracticeJourneyTest.inside;
import static org.kmslab.e2e.QuizPracticeJourneyTest.named;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A short timed exam: a visible timer, a flag, the navigator, a warning on submit, results and a review. */
class QuizExamJourneyTest extends BrowserTest {

    private static final String TRANSPARENT = "rgba(0, 0, 0, 0)";

    @Test
    void learner_takes_a_short_exam_flags_a_question_submits_and_reviews() {
        QuizPage.allowSlowFirstRender();
        try {
            page.navigate(url("/quiz"));
            Locator exam = page.getByRole(AriaRole.REGION, named("Timed exam"));
            exam.getByText("Short exam at the same pace").click();
            exam.getByLabel("Questions in a short exam").fill("3");
            exam.getByRole(AriaRole.BUTTON, inside("Start exam")).click();

            assertThat(page.getByText("Question 1 of 3")).isVisible();
            assertThat(page.getByRole(AriaRole.TIMER)).hasText(java.util.regex.Pattern.compile("^[0-5]:[0-5]\\d$"));
            new QuizPage(page).chooseSomeAnswer();
            page.getByRole(AriaRole.BUTTON, named("Flag for review")).click();
            Locator navigator = page.getByRole(AriaRole.NAVIGATION, named("Question navigator"));
            assertThat(navigator.getByRole(AriaRole.BUTTON, inside("Question 1, answered, flagged"))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, named("Check answer"))).hasCount(0);

            // The navigator looks as its legend says, in the computed style Vaadin's button styling leaves us:
            // answered filled, not answered outlined (no fill), a ring around the question on screen only.
            assertThat(navigator).containsText("Filled: answered · outlined: not answered · ring: this question");
            Locator first = navigator.getByRole(AriaRole.BUTTON, inside("Question 1, answered, flagged"));
            Locator second = navigator.getByRole(AriaRole.BUTTON, inside("Question 2, not answered"));
            Locator third = navigator.getByRole(AriaRole.BUTTON, inside("Question 3, not answered"));
            page.getByRole(AriaRole.BUTTON, named("Next")).click();
            assertThat(page.getByText("Question 2 of 3")).isVisible();
            assertThat(second).hasAttribute("aria-current", "step");
            assertThat(first).not().hasAttribute("aria-current", "step");
            assertThat(first).not().hasCSS("background-color", TRANSPARENT);
            assertThat(first).hasCSS("outline-style", "none");
            assertThat(first).hasText("1 ⚑");
            for (Locator open : java.util.List.of(second, third)) {
                assertThat(open).hasCSS("background-color", TRANSPARENT);
                assertThat(open).not().hasCSS("border-top-width", "0px");
                assertThat(open).not().hasCSS("border-top-style", "none");
            }
            assertThat(second).not().hasCSS("outline-style", "none");
            assertThat(third).hasCSS("outline-style", "none");
            // Filled and outlined differ in more than hue: the answered cell's fill stands out from the page.
            org.assertj.core.api.Assertions.assertThat(contrast(first, "backgroundColor"))
                    .as("answered fill against the page").isGreaterThan(3);

            navigator.getByRole(AriaRole.BUTTON, inside("Question 3, not answered")).click();
            assertThat(page.getByText("Question 3 of 3")).isVisible();
            new QuizPage(page).chooseSomeAnswer();
            assertThat(navigator.getByRole(AriaRole.BUTTON, inside("Question 3, answered"))).isVisible();
            screenshot("quiz-exam");

            page.getByRole(AriaRole.BUTTON, named("Submit exam")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText("1 question is not answered and 1 question is flagged for review.");
            dialog.getByRole(AriaRole.BUTTON, inside("Submit")).click();

            assertThat(page.locator("#quiz-score")).containsText("Scaled score");
            assertThat(page.getByRole(AriaRole.TABLE, named("Results by exam domain"))).isVisible();
            assertThat(page.getByText("(flagged)").first()).isVisible();
            // Every question can be reviewed, the right ones too, each option explained with its references.
            Locator all = page.getByRole(AriaRole.REGION, named("Review every question"));
            assertThat(all.locator("vaadin-details")).hasCount(3);
            all.locator("vaadin-details").first().click();
            assertThat(all.getByLabel("Why each option is right or wrong").first()).isVisible();
            assertThat(all.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions()
                    .setHasText("https://docs.aws.amazon.com/")).first()).isVisible();
            screenshot("quiz-exam-results");

            page.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("again")).click();
            assertThat(page.getByRole(AriaRole.HEADING).filter(new Locator.FilterOptions()
                    .setHasText("Review of wrong and flagged answers"))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, named("Check answer"))).isVisible();

            // Nothing is due today, and the page says when the missed questions come back.
            page.navigate(url("/quiz"));
            assertThat(page.locator("#daily-review-status")).containsText("Nothing is due today. Next:");
            assertThat(page.locator("#daily-review-status")).containsText("(tomorrow)");
            // A drill is titled with the lesson's name, not its id.
            Locator drill = page.getByRole(AriaRole.REGION, named("Drill"));
            drill.getByLabel("Topic").click();
            page.getByRole(AriaRole.OPTION, new com.microsoft.playwright.Page.GetByRoleOptions()
                    .setName("Key rotation").setExact(true)).click();
            drill.getByRole(AriaRole.BUTTON, inside("Start drill")).click();
            assertThat(page.getByRole(AriaRole.HEADING).filter(new Locator.FilterOptions()
                    .setHasText("Drill · topic Key rotation"))).isVisible();
        } catch (AssertionError | RuntimeException e) {
            screenshot("quiz-exam-failure");
            throw e;
        }
    }

    /** WCAG contrast ratio of an element's colour property (composited over the page) against the page's background. */
    private static double contrast(Locator element, String property) {
        return ((Number) element.evaluate("""
                (el, property) => {
                  const parse = c => {
                    const v = c.match(/[\\d.]+/g).map(Number);
                    return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1];
                  };
                  const page = [document.body, document.documentElement].map(e => getComputedStyle(e).backgroundColor)
                    .map(parse).find(c => c[3] > 0) || [255, 255, 255, 1];
                  const [r, g, b, a] = parse(getComputedStyle(el)[property]);
                  const over = [r, g, b].map((v, i) => v * a + page[i] * (1 - a));
                  const lum = rgb => {
                    const [x, y, z] = rgb.map(v => v / 255)
                      .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
                    return 0.2126 * x + 0.7152 * y + 0.0722 * z;
                  };
                  const l1 = lum(over), l2 = lum(page.slice(0, 3));
                  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                }""", property)).doubleValue();
    }
}
