package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A learner types AWS CLI commands in the key-states lesson and watches the key's state machine follow; at 1280x720
 * and 1280x800 each command's newest result is in view without scrolling, when it arrives and still once the goal
 * above it has changed, and so is a result in the sandbox's console, from its command line or its form.
 */
class ConsoleLessonJourneyTest extends BrowserTest {

    private static final Pattern KEY_ID = Pattern.compile("\"KeyId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1280, 800"})
    void learner_disables_a_key_in_the_console_and_sees_the_state_machine_and_the_refusal(int width, int height) {
        page.setViewportSize(width, height);
        // Opened as LessonPage does, patient with a cold server.
        new LessonPage(page).open(url("/lessons/key-states"), "Key states and the key lifecycle");

        String keyId = keyIdFrom(run("aws kms create-key --description 'journey key'"));
        Locator encrypted = run("aws kms encrypt --key-id " + keyId + " --plaintext 'state test' "
                + "--cli-binary-format raw-in-base64-out");
        assertThat(goal()).containsText("Goal met");
        // The goal box changed above the console after the result arrived: the result is still in view.
        LessonPage.assertResultInView(page, encrypted);
        Locator machine = page.locator("kms-key-state-machine");
        assertThat(machine).isVisible();

        next();
        LessonPage.assertResultInView(page, run("aws kms disable-key --key-id " + keyId));
        assertThat(goal()).containsText("Goal met");

        next();
        Locator refused = run("aws kms encrypt --key-id " + keyId + " --plaintext 'again' --cli-binary-format raw-in-base64-out");
        assertThat(refused).containsText("An error occurred (DisabledException) when calling the Encrypt operation");
        assertThat(refused).containsText("is disabled.");
        // A result taller than the console's output area starts at its top, and the area ends in the window.
        LessonPage.assertResultInView(page, run("aws kms help"));
        screenshot("key-states-console-" + width + "x" + height);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1280, 800"})
    void the_sandbox_console_shows_its_newest_result_in_view(int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(url("/sandbox"));
        Locator console = page.locator("kms-console-line");
        assertThat(console).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        for (String command : new String[] {"aws kms create-key --description 'sandbox journey'", "aws kms list-keys"}) {
            console.getByLabel("Command").fill(command);
            console.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run").setExact(true)).click();
            Locator newest = newest();
            assertThat(newest).containsText("$ " + command);
            LessonPage.assertResultInView(page, newest);
        }
        // The form's Run (the form comes first on the page) runs its command line in the same console.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).first().click();
        assertThat(newest()).containsText("$ aws kms create-key");
        assertThat(newest()).not().containsText("sandbox journey");
        LessonPage.assertResultInView(page, newest());
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "sandbox-console-" + width + "x" + height + ".png")));
    }

    private Locator run(String command) {
        page.getByLabel("Command").fill(command);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).click();
        Locator newest = newest();
        assertThat(newest).containsText("$ " + command);
        LessonPage.assertResultInView(page, newest);
        return newest;
    }

    private Locator newest() {
        return page.getByRole(AriaRole.LOG).locator("pre").first();
    }

    private static String keyIdFrom(Locator output) {
        Matcher m = KEY_ID.matcher(output.textContent());
        if (!m.find()) {
            throw new AssertionError("no KeyId in: " + output.textContent());
        }
        return m.group(1);
    }

    private void next() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true)).click();
    }

    private Locator goal() {
        return page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("Goal"));
    }
}
