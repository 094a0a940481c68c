package org.kmslab.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The attempt screen of the quiz, seen through the options it offers. */
final class QuizPage {

    private final Page page;

    QuizPage(Page page) {
        this.page = page;
    }

    /** The first view of a fresh app can take a while in development mode. */
    static void allowSlowFirstRender() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    /**
     * Picks the first option of a single-answer question, or the first two of a multiple-response one. A hands-on
     * question outside the exam first asks how to answer: this answers from the options.
     */
    void chooseSomeAnswer() {
        Locator question = page.getByRole(com.microsoft.playwright.options.AriaRole.REGION,
                new Page.GetByRoleOptions().setName("Question").setExact(true));
        Locator radios = question.locator("vaadin-radio-group vaadin-radio-button");
        Locator checkboxes = question.locator("vaadin-checkbox-group vaadin-checkbox");
        Locator fromOptions = question.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Answer from options").setExact(true));
        radios.or(checkboxes).or(fromOptions).first().waitFor();
        if (fromOptions.count() > 0) {
            fromOptions.click();
            radios.or(checkboxes).first().waitFor();
        }
        if (radios.count() > 0) {
            radios.first().locator("label").click();
        } else {
            checkboxes.nth(0).locator("label").click();
            checkboxes.nth(1).locator("label").click();
        }
    }
}
