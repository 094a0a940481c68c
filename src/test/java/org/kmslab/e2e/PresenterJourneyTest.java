package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An instructor presents a lesson on a projector: keys step through it, the script plays the reference solution, the
 * answers toggle, the speaker notes follow in a second window, and a reset starts the demo over.
 */
@TestPropertySource(properties = {"kmslab.instructor-secret=" + ClassJourneyTest.SECRET,
        "vaadin.devmode.devTools.enabled=false"})
class PresenterJourneyTest extends BrowserTest {

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void the_keyboard_drives_the_deck_the_script_and_the_notes_window() {
        page.navigate(url("/present/plaintext-vs-ciphertext"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Plaintext versus ciphertext"))).isVisible();
        page.waitForFunction("() => customElements.get('kms-present-keys') !== undefined");
        Locator position = page.locator(".kmslab-present-position");
        assertThat(position).hasText("Step 1 of 7");

        page.keyboard().press("ArrowRight");
        assertThat(position).hasText("Step 2 of 7");
        page.keyboard().press("s");
        Locator log = page.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Demo log"));
        assertThat(log).containsText("Press \"Create KMS key\"");
        assertThat(page.locator("kms-crypto-flow figcaption")).containsText("CreateKey made a new KMS key");

        Locator answers = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Answers"));
        assertThat(answers).isHidden();
        page.keyboard().press("a");
        assertThat(answers).containsText("Goal: Create a symmetric KMS key");

        Page notes = page.context().newPage();
        notes.navigate(url("/present/plaintext-vs-ciphertext/notes"));
        assertThat(notes.locator(".kmslab-present-position")).hasText("Step 2 of 7");
        assertThat(notes.getByLabel("Notes for this step")).containsText("the secret itself never leaves KMS");
        notes.waitForFunction("() => customElements.get('kms-present-keys') !== undefined");
        notes.keyboard().press("ArrowRight");
        assertThat(position).hasText("Step 3 of 7");
        assertThat(notes.getByLabel("Notes for this step")).containsText("4096-byte limit");

        // Typing in the improvisation console does not steer the deck.
        page.getByText("Improvise in the demo sandbox").click();
        page.getByLabel("Command").fill("aws kms list-keys");
        page.getByRole(AriaRole.BUTTON, named("Run")).click();
        assertThat(page.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Console output")))
                .containsText("KeyId");
        assertThat(position).hasText("Step 3 of 7");
        page.getByText("Improvise in the demo sandbox").click();

        page.locator("body").press("s");
        page.locator("body").press("s");
        page.locator("body").press("s");
        page.locator("body").press("s");
        assertThat(page.getByText("Script: 5 of 5 actions played")).isVisible();
        assertThat(position).hasText("Step 6 of 7");
        assertThat(page.locator("kms-crypto-flow figcaption")).containsText("InvalidCiphertextException");
        screenshot("teaching-presenter");
        notes.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "teaching-notes.png")));

        page.locator("body").press("r");
        assertThat(position).hasText("Step 1 of 7");
        assertThat(page.getByText("Script: 0 of 5 actions played")).isVisible();
        assertThat(notes.locator(".kmslab-present-position")).hasText("Step 1 of 7");

        page.locator("body").press("p");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Pause script"))).isVisible();
        assertThat(page.getByText("Script: 5 of 5 actions played")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Play script"))).isDisabled();
        notes.close();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
