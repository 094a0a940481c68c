package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the per-lesson journeys. The journeys of a test run share the local-mode default sandbox, so every name a
 * journey makes (aliases, buckets) carries a fresh suffix; each journey is a fresh browser context, so a fresh learner
 * with no saved progress.
 */
abstract class LessonJourney extends BrowserTest {

    protected LessonPage lesson;
    protected String suffix;

    @BeforeEach
    void newLearner() {
        lesson = new LessonPage(page);
        suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toLowerCase(Locale.ROOT);
    }

    protected LessonPage open(String id, String title) {
        return lesson.open(url("/lessons/" + id), title);
    }

    /**
     * The end of every journey: the last step leads on, the page has no serious or critical accessibility
     * violations, its layout is healthy at 1280x720 and 1366x800 ({@link PageHealth}), and a screenshot of the viewport (1280x720, what the learner sees) is saved for a human to look at.
     */
    protected void finish(String id) {
        assertThat(lesson.position()).containsText("done");
        // Statements of the policy trace are dimmed only while the trace animates; scan the settled page.
        assertThat(page.locator("kms-policy-trace li.statement.pending")).hasCount(0);
        // What a learner sees on arriving at the step: its text, goal and the picture, and none of Vaadin's
        // development tools, although the journeys run in development mode as ./mvnw spring-boot:run does.
        assertThat(page.locator("vaadin-dev-tools, copilot-main")).hasCount(0);
        page.evaluate("window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "lesson-" + id + ".png")));
        assertThat(lesson.seriousViolations()).isEmpty();
        health.assertHealthy("lesson " + id);
    }

    protected void expectLastStepLeadsOn() {
        assertThat(page.locator(".kmslab-step-panel vaadin-button").filter(
                new Locator.FilterOptions().setHasText("Next lesson"))).isVisible();
    }
}
