package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console as a new learner uses it, with real key presses (issue 18): Enter runs the line on screen, ArrowUp
 * and ArrowDown walk the history, lesson commands go in with their button, the CLI's help, JMESPath and dates, and
 * calls show up as role/Admin in the audit log.
 */
class ConsoleKeysJourneyTest extends BrowserTest {

    private static final String TITLE = "Key states and the key lifecycle";

    @Test
    void enter_runs_the_typed_line_and_the_arrows_walk_the_history() {
        PageHealth health = new PageHealth(page);
        new LessonPage(page).open(url("/lessons/key-states"), TITLE);
        Locator field = page.getByLabel("Command");

        type(field, "aws kms create-key --description one");
        field.press("Enter");
        assertThat(newest()).containsText("$ aws kms create-key --description one");
        assertThat(newest()).containsText(Pattern.compile("\"CreationDate\" : \"20\\d\\d-\\d\\d-\\d\\dT[0-9:.]+\\+00:00\""));
        assertThat(field).hasValue("");

        // Typed fast and sent with Ctrl+Enter: still this line, not the previous one, not an empty one.
        field.pressSequentially("aws kms list-keys --query 'Keys[*].KeyId' --output text");
        field.press("Control+Enter");
        assertThat(newest()).containsText("$ aws kms list-keys --query 'Keys[*].KeyId' --output text");
        assertThat(newest()).containsText(Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-"));
        assertThat(newest()).not().containsText("null");

        type(field, "aws kms help");
        field.press("Enter");
        assertThat(newest()).containsText("schedule-key-deletion");

        type(field, "aws kms desc");
        field.press("ArrowUp");
        assertThat(field).hasValue("aws kms help");
        field.press("ArrowUp");
        assertThat(field).hasValue("aws kms list-keys --query 'Keys[*].KeyId' --output text");
        field.press("ArrowDown");
        field.press("ArrowDown");
        assertThat(field).hasValue("aws kms desc");

        field.press("Shift+Enter");
        assertThat(field).hasValue("aws kms desc\n");
        assertThat(newest()).containsText("$ aws kms help");
        health.assertNoErrors();
    }

    @Test
    void the_history_keeps_the_newest_100_lines_and_the_arrows_walk_them_both_ways() {
        new LessonPage(page).open(url("/lessons/key-states"), TITLE);
        Locator field = page.getByLabel("Command");
        field.click();
        for (int i = 1; i <= 105; i++) {
            field.fill("echo line " + i);
            field.press("Enter");
            assertThat(field).hasValue("");
        }
        assertThat(newest()).containsText("$ echo line 105");
        field.pressSequentially("aws kms list");

        for (int i = 105; i >= 6; i--) {
            field.press("ArrowUp");
            assertThat(field).hasValue("echo line " + i);
        }
        // Lines 1 to 5 fell out: the oldest kept is the 6th, and ArrowUp there stays on it.
        field.press("ArrowUp");
        assertThat(field).hasValue("echo line 6");
        for (int i = 7; i <= 105; i++) {
            field.press("ArrowDown");
            assertThat(field).hasValue("echo line " + i);
        }
        // Past the newest, the line being typed comes back, and ArrowDown there changes nothing.
        field.press("ArrowDown");
        assertThat(field).hasValue("aws kms list");
        field.press("ArrowDown");
        assertThat(field).hasValue("aws kms list");
    }

    @Test
    void a_line_typed_before_the_previous_result_arrives_is_kept_and_runs_as_typed() {
        new LessonPage(page).open(url("/lessons/key-states"), TITLE);
        Locator field = page.getByLabel("Command");
        // The browser's messages to the server are held while the learner types on, as on a slow connection: the
        // first command's reply arrives only after the next line is typed.
        List<Route> held = new ArrayList<>();
        boolean[] holding = {false};
        page.route(u -> u.contains("v-r=uidl"), route -> {
            if (holding[0]) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        type(field, "aws kms create-key --description first");
        holding[0] = true;
        field.press("Enter");
        assertThat(field).hasValue("");
        field.pressSequentially("aws kms list-keys --query 'Keys[*].KeyId'");
        page.waitForCondition(() -> !held.isEmpty());
        holding[0] = false;
        held.forEach(Route::resume);

        assertThat(newest()).containsText("$ aws kms create-key --description first");
        assertThat(field).hasValue("aws kms list-keys --query 'Keys[*].KeyId'");
        field.press("Enter");
        assertThat(newest()).containsText("$ aws kms list-keys --query 'Keys[*].KeyId'");
        assertThat(page.getByRole(AriaRole.LOG).locator("pre").nth(1)).containsText("$ aws kms create-key --description first");
        assertThat(page.getByRole(AriaRole.LOG).locator("pre")).hasCount(2);
        assertThat(field).hasValue("");
        // Both are in the history, newest first.
        field.press("ArrowUp");
        assertThat(field).hasValue("aws kms list-keys --query 'Keys[*].KeyId'");
        field.press("ArrowUp");
        assertThat(field).hasValue("aws kms create-key --description first");
        page.unrouteAll();
    }

    @Test
    void lesson_commands_go_into_the_console_with_their_button_and_run_as_in_a_shell() {
        PageHealth health = new PageHealth(page);
        LessonPage lesson = new LessonPage(page).open(url("/lessons/key-states"), TITLE);
        Locator field = page.getByLabel("Command");

        put("aws kms create-key --description").click();
        assertThat(field).hasValue("aws kms create-key --description \"Key for the state machine lesson\"");
        field.press("Enter");
        String key = LessonPage.read(newest(), Pattern.compile("\"KeyId\" : \"([0-9a-f-]{36})\""));

        Locator printf = put("printf 'state test' > state.txt");
        printf.focus();
        page.keyboard().press("Enter"); // keyboard reachable: the focused button works with Enter
        assertThat(field).hasValue("printf 'state test' > state.txt");
        field.press("Enter");
        assertThat(newest()).containsText("10 bytes written to state.txt");

        put("aws kms encrypt --key-id <key ID>").click();
        assertThat(field).hasValue(Pattern.compile("^aws kms encrypt --key-id <key ID> --plaintext fileb://state\\.txt "
                + "--query CiphertextBlob --output text \\| base64 --decode > state\\.enc$"));
        field.fill(field.inputValue().replace("<key ID>", key));
        field.press("Enter");
        assertThat(newest()).containsText("bytes written to state.enc");
        lesson.expectGoalMet();
        screenshot("console-put-in-console");
        // The command rows must not overflow (the state diagram's own layout is checked by the visual journeys).
        for (var size : PageHealth.LAPTOPS) {
            page.setViewportSize(size.width, size.height);
            org.assertj.core.api.Assertions.assertThat(health.layoutProblems())
                    .as("command rows at " + size.width + "x" + size.height)
                    .noneMatch(p -> p.contains("kmslab-code") || p.contains("Put in console"));
        }

        // The console calls as the sandbox's role/Admin (not root): the audit log's record names the role. The
        // grid's User name column shows the role session name, so the role is read in the opened record.
        page.navigate(url("/audit"));
        page.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^Encrypt$"))).first().click();
        assertThat(page.getByLabel("CloudTrail record of Encrypt")).containsText(":role/Admin");
        health.assertNoErrors();
    }

    @Test
    void page_down_scrolls_and_alt_arrows_move_between_steps() {
        LessonPage lesson = new LessonPage(page).open(url("/lessons/key-states"), TITLE);
        page.locator(".kmslab-step-panel").focus();
        page.keyboard().press("PageDown");
        assertThat(lesson.position()).containsText("Step 1 of");
        page.keyboard().press("Alt+ArrowRight");
        assertThat(lesson.position()).containsText("Step 2 of");
        page.keyboard().press("Alt+ArrowLeft");
        assertThat(lesson.position()).containsText("Step 1 of");
    }

    @Test
    void the_time_machine_takes_any_number_of_days_from_the_field_or_the_command_line() {
        new LessonPage(page).open(url("/lessons/key-states"), TITLE);
        Locator clock = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Time machine"))
                .getByText(Pattern.compile("^Sandbox time:"));
        String before = clock.textContent();
        Locator days = page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Days"));
        days.fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fast-forward the number of days entered"))
                .click();
        assertThat(page.locator("vaadin-integer-field.kmslab-days")).hasAttribute("invalid", "");
        assertThat(clock).hasText(before);

        days.fill("9");
        days.press("Enter");
        assertThat(clock).not().hasText(before);
        assertThat(page.locator("vaadin-integer-field.kmslab-days")).not().hasAttribute("invalid", "");

        Locator field = page.getByLabel("Command");
        type(field, "lab time-travel --days 92");
        field.press("Enter");
        assertThat(newest()).containsText("Moved the sandbox clock 92 days forward");
        type(field, "lab time-travel --days 0");
        field.press("Enter");
        assertThat(newest()).containsText("--days must be a whole number from 1 to 3650");
    }

    private void type(Locator field, String line) {
        field.click();
        field.pressSequentially(line);
    }

    private Locator put(String commandStart) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Put in console: " + commandStart.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"))))
                .first(); // Pattern.quote (\Q..\E) does not survive the trip to the browser's regex
    }

    private Locator newest() {
        return page.getByRole(AriaRole.LOG).locator("pre").first();
    }
}
