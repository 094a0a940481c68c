package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A learner types AWS CLI commands in the key-states lesson and watches the key's state machine follow; at 800 px high
 * (1280x800, then 1366x800) each command's newest result is in view without scrolling, below a long step too.
 */
class ConsoleLessonJourneyTest extends BrowserTest {

    private static final Pattern KEY_ID = Pattern.compile("\"KeyId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Test
    void learner_disables_a_key_in_the_console_and_sees_the_state_machine_and_the_refusal() {
        page.setViewportSize(1280, 800);
        // Opened as LessonPage does, patient with a cold server.
        new LessonPage(page).open(url("/lessons/key-states"), "Key states and the key lifecycle");

        String keyId = keyIdFrom(run("aws kms create-key --description 'journey key'"));
        run("aws kms encrypt --key-id " + keyId + " --plaintext 'state test' --cli-binary-format raw-in-base64-out");
        assertThat(goal()).containsText("Goal met");
        Locator machine = page.locator("kms-key-state-machine");
        assertThat(machine).isVisible();

        next();
        run("aws kms disable-key --key-id " + keyId);
        assertThat(goal()).containsText("Goal met");

        next();
        page.setViewportSize(1366, 800);
        Locator refused = run("aws kms encrypt --key-id " + keyId + " --plaintext 'again' --cli-binary-format raw-in-base64-out");
        assertThat(refused).containsText("An error occurred (DisabledException) when calling the Encrypt operation");
        assertThat(refused).containsText("is disabled.");
        screenshot("key-states-console");
    }

    private Locator run(String command) {
        page.getByLabel("Command").fill(command);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).click();
        Locator newest = page.getByRole(AriaRole.LOG).locator("pre").first();
        assertThat(newest).containsText("$ " + command);
        return newest;
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
