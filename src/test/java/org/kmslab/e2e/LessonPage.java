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
        assertResultInView(page, newest);
        return newest;
    }

    /**
     * Why the console's newest result is not in view, or an empty string when it is: its top is inside the window,
     * at the top of the console's output and not under a fixed bar, and what the output shows of it is wholly in the
     * window unless that is taller than the window. The output is a scroll area of its own: a result taller than it
     * is cut at the area's end, which must then be in the window.
     */
    private static final String OUT_OF_VIEW = """
            el => {
              const r = el.getBoundingClientRect();
              const area = el.closest('[role=log]').getBoundingClientRect();
              if (r.top < area.top - 0.5) {
                return `its top is scrolled out of the console output (${Math.round(area.top - r.top)}px above it)`;
              }
              if (r.top < 0 || r.top >= innerHeight - 8) {
                return `its top is at ${Math.round(r.top)}px in a ${innerHeight}px window`;
              }
              const at = document.elementFromPoint(r.left + 8, r.top + 4);
              let n = at;
              while (n && n !== el) {
                n = n.parentElement || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null);
              }
              if (!n) return `its top (${Math.round(r.top)}px) is covered by ${at ? at.localName : 'nothing drawn'}`;
              // What shows of it may run past the fold only when it is taller than the window: it then starts near the top.
              const bottom = Math.min(r.bottom, area.bottom);
              if (bottom > innerHeight + 0.5 && r.top > 120) {
                return `it starts ${Math.round(r.top)}px down and ends ${Math.round(bottom - innerHeight)}px below the fold`;
              }
              return '';
            }""";

    /**
     * The newest console result is in view once a command has run, without the learner scrolling. The wait is long
     * because a loaded machine may deliver the scroll late (a walk failed at 5 s with the result in view just after).
     */
    static void assertResultInView(Page page, Locator result) {
        try {
            page.waitForFunction("el => (" + OUT_OF_VIEW + ")(el) === ''", result.elementHandle(),
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("the newest console result is not in view at " + page.viewportSize().width + "x"
                    + page.viewportSize().height + ": " + result.evaluate(OUT_OF_VIEW), e);
        }
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
