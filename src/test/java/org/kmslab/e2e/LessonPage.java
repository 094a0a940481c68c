package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A lesson page as a learner uses it: read the step, type a command, watch the goal, move on. */
final class LessonPage {

    private static final Pattern KEY_ID = Pattern.compile("\"KeyId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Page page;

    LessonPage(Page page) {
        this.page = page;
    }

    LessonPage open(String url, String title) {
        page.navigate(url);
        // The first page of a cold server can take a while on a shared machine.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        return this;
    }

    /** Types a command line, runs it, and returns its entry in the console log. */
    Locator run(String command) {
        page.getByLabel("Command").fill(command);
        button("Run").click();
        Locator newest = page.getByRole(AriaRole.LOG).locator("pre").first();
        assertThat(newest).containsText("$ " + command.substring(0, Math.min(60, command.length())));
        return newest;
    }

    /** Runs a command and returns the first match of {@code pattern}'s group 1 in what it printed. */
    String runAndRead(String command, Pattern pattern) {
        return read(run(command), pattern);
    }

    String createKey(String options) {
        return read(run("aws kms create-key " + options), KEY_ID);
    }

    /** Runs a command that prints key metadata (describe-key) and returns the key id. */
    String keyIdOf(String command) {
        return read(run(command), KEY_ID);
    }

    static String read(Locator output, Pattern pattern) {
        String text = output.textContent();
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in: " + text);
        }
        return m.group(1);
    }

    static Pattern field(String name) {
        return Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"");
    }

    void next() {
        button("Next").click();
    }

    /** Moves on with Next, as a learner reading on, until step {@code number} (1-based) shows. */
    void nextTo(int number) {
        int at = Integer.parseInt(read(position(), Pattern.compile("Step (\\d+) of")));
        while (at < number) {
            next();
            at++;
            assertThat(position()).containsText("Step " + at + " of");
        }
    }

    /** How many steps the lesson has, as the position line says. */
    int stepCount() {
        return Integer.parseInt(read(position(), Pattern.compile("Step \\d+ of (\\d+)")));
    }

    Locator stepHeading() {
        return page.locator(".kmslab-step-panel h3").first();
    }

    Locator position() {
        return page.locator(".kmslab-step-panel > span").first();
    }

    void expectGoalMet() {
        assertThat(goal()).containsText("✓ Goal met");
    }

    Locator goal() {
        return page.locator(".kmslab-goal[role=status]");
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    void showHint() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Show (a|another) hint")))
                .click();
    }

    /** Every serious or critical axe-core violation on the page, except in Vaadin's development tools. */
    List<String> seriousViolations() {
        return new AxeBuilder(page).analyze().getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .filter(r -> r.getNodes().stream().anyMatch(n -> !inDevTools(String.valueOf(n.getTarget()))))
                .map(LessonPage::describe).toList();
    }

    private static boolean inDevTools(String target) {
        return target.contains("copilot-main") || target.contains("vaadin-dev-tools");
    }

    private static String describe(Rule r) {
        return r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " at "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList();
    }
}
