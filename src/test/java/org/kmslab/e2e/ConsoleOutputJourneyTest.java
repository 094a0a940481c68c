package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the console's output does on screen (issue 18): under reduced motion the newest result is brought into view at
 * once and nothing animates, and {@code aws kms help} reads as a list, one command a line, at a laptop's and a phone's
 * width.
 */
class ConsoleOutputJourneyTest extends BrowserTest {

    private static final String TITLE = "Key states and the key lifecycle";

    /** Records how the console's output asks to be scrolled into view: 'smooth', 'instant' or 'auto'. */
    private static final String RECORD_SCROLLS = """
            window.kmslabScrolls = [];
            const scrollIntoView = Element.prototype.scrollIntoView;
            Element.prototype.scrollIntoView = function (options) {
              if (this.localName === 'kms-console-log') {
                window.kmslabScrolls.push(options && typeof options === 'object' ? options.behavior || 'auto' : 'auto');
              }
              return scrollIntoView.apply(this, arguments);
            };""";

    /** Animations and transitions that would still move something: running, and longer than a frame. */
    private static final String MOVING = """
            () => {
              const all = [];
              const walk = (root) => {
                all.push(...root.getAnimations());
                root.querySelectorAll('*').forEach((n) => n.shadowRoot && walk(n.shadowRoot));
              };
              walk(document);
              return [...new Set(all)].filter((a) => a.playState === 'running')
                .map((a) => {
                  const target = a.effect && a.effect.target;
                  return { kind: a.constructor.name, name: a.animationName || a.transitionProperty || a.id || '',
                           on: target ? `${target.localName} "${(target.getAttribute('aria-label')
                             || target.textContent || '').trim().slice(0, 40)}"` : '',
                           ms: Number(a.effect ? a.effect.getComputedTiming().duration : 0) };
                })
                .filter((a) => a.ms > 16)
                .map((a) => `${a.kind} ${a.name} on ${a.on} (${a.ms} ms)`);
            }""";

    @Test
    void under_reduced_motion_the_newest_result_comes_into_view_at_once_and_nothing_animates() {
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.addInitScript(RECORD_SCROLLS);
        LessonPage lesson = new LessonPage(page).open(url("/lessons/key-states"), TITLE);

        String key = lesson.createKey("--description 'reduced motion'");
        lesson.run("aws kms disable-key --key-id " + key);
        // The page is scrolled away from the console before a command, so the console must bring its result back.
        page.getByLabel("Command").fill("aws kms enable-key --key-id " + key);
        page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)");
        page.keyboard().press("Enter"); // the field has the focus; a locator's press would scroll it into view first
        Locator newest = page.getByRole(AriaRole.LOG).locator("pre").first();
        assertThat(newest).containsText("$ aws kms enable-key");
        LessonPage.assertResultInView(page, newest);

        @SuppressWarnings("unchecked")
        List<String> scrolls = (List<String>) page.evaluate("window.kmslabScrolls");
        assertThat(scrolls).isNotEmpty().containsOnly("instant");
        assertThat(page.evaluate("getComputedStyle(document.documentElement).scrollBehavior")).isNotEqualTo("smooth");
        @SuppressWarnings("unchecked")
        List<String> moving = (List<String>) page.evaluate(MOVING);
        assertThat(moving).as("animations running under reduced motion").isEmpty();
    }

    /**
     * Lines of the newest console result that the output area wraps (a word cut in two) or that stick out of it: an
     * empty list when every line shows whole. A URL, longer than a phone's line, is the one line allowed to wrap.
     */
    private static final String CUT_LINES = """
            el => {
              const problems = [];
              const log = el.closest('[role=log]');
              if (el.scrollWidth > el.clientWidth + 1 || log.scrollWidth > log.clientWidth + 1) {
                problems.push(`overflows: ${el.scrollWidth}px in ${el.clientWidth}px`);
              }
              const text = el.firstChild;
              let start = 0;
              for (const line of text.data.split('\\n')) {
                if (line.trim() && !line.startsWith('https://')) {
                  const range = document.createRange();
                  range.setStart(text, start);
                  range.setEnd(text, start + line.length);
                  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0)
                    .map((r) => Math.round(r.top)));
                  if (tops.size > 1) {
                    problems.push(`wraps over ${tops.size} lines in ${el.clientWidth}px (${line.length} characters of `
                      + `${(range.getBoundingClientRect().width / line.length).toFixed(1)}px): ${line}`);
                  }
                }
                start += line.length + 1;
              }
              return problems;
            }""";

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "390, 844"})
    void aws_kms_help_lists_one_command_a_line_and_no_line_is_cut(int width, int height) {
        page.setViewportSize(width, height);
        LessonPage lesson = new LessonPage(page).open(url("/lessons/key-states"), TITLE);
        Locator help = lesson.run("aws kms help");
        assertThat(help).containsText("\ngenerate-data-key-pair-without-plaintext\n");

        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) help.evaluate(CUT_LINES);
        assertThat(cut).as("lines of aws kms help at %dx%d", width, height).isEmpty();
        screenshot("console-kms-help-" + width + "x" + height);
    }
}
