package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sandbox per browser (issue 18): two browsers on one KMS Lab see neither each other's keys nor each other's
 * clock, a reload or a new tab keeps each one's sandbox, and "New sandbox" moves a browser on without deleting the old.
 */
class BrowserSandboxJourneyTest extends BrowserTest {

    private static final String TITLE = "Key states and the key lifecycle";
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)");
    private static final Pattern ACCOUNT = Pattern.compile("account (\\d{12})");

    static {
        // The machine is shared; a first Vaadin page load can take longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Autowired
    private SandboxService sandboxes;

    @Test
    void a_second_browser_sees_neither_the_first_ones_keys_nor_its_clock_and_a_reload_keeps_each_sandbox() {
        LessonPage first = new LessonPage(page).open(url("/lessons/key-states"), TITLE);
        String key = first.createKey("--description 'only in the first browser'");
        first.run("lab time-travel --days 400");
        Instant firstClock = Instant.parse(first.runAndRead("lab date", DATE));

        try (BrowserContext other = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 720))) {
            Page secondPage = other.newPage();
            PageHealth secondHealth = new PageHealth(secondPage);
            LessonPage second = new LessonPage(secondPage).open(url("/lessons/key-states"), TITLE);
            assertThat(second.run("aws kms list-keys")).not().containsText(key);
            Instant secondClock = Instant.parse(second.runAndRead("lab date", DATE));
            org.assertj.core.api.Assertions.assertThat(Duration.between(secondClock, firstClock))
                    .as("the first browser's time machine moved only its own clock")
                    .isGreaterThan(Duration.ofDays(399));
            String secondKey = second.createKey("--description 'only in the second browser'");

            reload(secondPage);
            assertThat(second.run("aws kms list-keys")).containsText(secondKey);
            assertThat(second.run("aws kms list-keys")).not().containsText(key);

            secondPage.navigate(url("/connect"));
            assertThat(secondPage.getByText("Calls signed with credentials KMS Lab did not issue")).containsText(
                    "reach the default sandbox, account 111122223333, not this browser's");
            secondHealth.assertHealthy("connect page of a second browser");
            secondHealth.assertNoErrors();
            screenshot(secondPage, "browser-sandbox-second-connect");
        }

        // The first browser, reloaded and in a new tab, is still in its own sandbox with its own clock.
        reload(page);
        assertThat(first.run("aws kms list-keys")).containsText(key);
        try (Page tab = page.context().newPage()) {
            LessonPage again = new LessonPage(tab).open(url("/lessons/key-states"), TITLE);
            org.assertj.core.api.Assertions.assertThat(Instant.parse(again.runAndRead("lab date", DATE)))
                    .isAfterOrEqualTo(firstClock);
            assertThat(again.run("aws kms list-keys")).containsText(key);
        }
    }

    @Test
    void new_sandbox_asks_first_then_moves_this_browser_and_keeps_the_old_sandbox() {
        page.navigate(url("/sandbox"));
        Locator which = page.getByText("This browser's sandbox");
        assertThat(which).containsText("account");
        String before = LessonPage.read(which, ACCOUNT);
        health.assertHealthy("sandbox page with its New sandbox button");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New sandbox").setExact(true)).click();
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog).containsText("account " + before + ", is not deleted");
        screenshot("browser-sandbox-new-dialog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a new sandbox").setExact(true)).click();

        assertThat(page.getByText("This browser's sandbox")).not().containsText(before);
        String after = LessonPage.read(page.getByText("This browser's sandbox"), ACCOUNT);
        org.assertj.core.api.Assertions.assertThat(sandboxOf(page.context()).accountId()).isEqualTo(after);
        org.assertj.core.api.Assertions.assertThat(sandboxes.find(before)).as("the old sandbox is kept").isPresent();

        page.navigate(url("/connect"));
        assertThat(page.getByText("Calls signed with them land in")).containsText("account " + after);
        assertThat(page.getByLabel("aws configure --profile", new Page.GetByLabelOptions().setExact(true)))
                .containsText("--profile developer");
    }

    /** Reloads the page and waits for the lesson to be back. */
    private static void reload(Page p) {
        p.reload();
        assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE).setExact(true)))
                .isVisible();
    }

    private void screenshot(Page other, String name) {
        other.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots", name + ".png")).setFullPage(true));
    }
}
