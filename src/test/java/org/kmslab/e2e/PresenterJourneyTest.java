package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void the_projector_shows_each_lessons_own_picture_fed_by_the_real_calls() {
        page.navigate(url("/present/key-states"));
        page.waitForFunction("() => customElements.get('kms-present-keys') !== undefined");
        Locator picture = page.getByRole(AriaRole.REGION, named("What just happened"));
        Locator machine = picture.locator("kms-key-state-machine");
        assertThat(machine).isVisible();
        assertThat(picture.locator("kms-crypto-flow")).hasCount(0);

        page.locator("body").press("a");
        Locator answers = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Answers"));
        assertThat(answers).containsText("aws kms create-key");
        // Step 1's script: create-key, write state.txt, encrypt it (fileb://).
        page.locator("body").press("s");
        page.locator("body").press("s");
        page.locator("body").press("s");
        assertThat(machine).hasAttribute("state", "Enabled");
        page.locator("body").press("ArrowRight");
        // The next step's answer names the key the script really made, not a ${KEY} placeholder.
        String keyId = (String) page.evaluate("() => document.querySelector('.kmslab-present-log').textContent"
                + ".match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)[0]");
        assertThat(answers).containsText("aws kms disable-key --key-id " + keyId);
        assertThat(answers).not().containsText("${");
        Page notes = page.context().newPage();
        notes.navigate(url("/present/key-states/notes"));
        assertThat(notes.getByLabel("Notes for this step")).containsText("DisableKey is instant and reversible");
        assertThat(notes.getByLabel("Answers for this step")).containsText("--key-id " + keyId);
        notes.close();
        page.locator("body").press("s");
        assertThat(machine).hasAttribute("state", "Disabled");

        // At 1280x720 the picture and the controls are on screen, beside the step, with nothing cut off.
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "presenter-key-states-1280x720-viewport.png")));
        PresenterLayout.assertInView(page, machine.locator("svg").first());
        PresenterLayout.assertInView(page, machine.locator("p.live"));
        PresenterLayout.assertInView(page, page.getByRole(AriaRole.BUTTON, named("Next")));
        PresenterLayout.assertInView(page, page.getByRole(AriaRole.BUTTON, named("Reset sandbox")));
        page.setViewportSize(1920, 1080);
        PresenterLayout.assertInView(page, machine.locator("svg").first());
        screenshot("presenter-key-states-1920x1080");
    }

    @Test
    void every_lesson_step_puts_its_own_visual_on_the_projector() {
        for (Lesson lesson : catalog.lessons()) {
            page.navigate(url("/present/" + lesson.id()));
            page.waitForFunction("() => customElements.get('kms-present-keys') !== undefined");
            Locator picture = page.getByRole(AriaRole.REGION, named("What just happened"));
            Locator position = page.locator(".kmslab-present-position");
            for (int i = 0; i < lesson.steps().size(); i++) {
                assertThat(position).hasText("Step " + (i + 1) + " of " + lesson.steps().size());
                assertThat(picture.locator(PresenterLayout.elementOf(lesson.steps().get(i).visual())).first())
                        .isAttached();
                page.locator("body").press("ArrowRight");
            }
        }
    }

    @Autowired
    private LessonCatalog catalog;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
