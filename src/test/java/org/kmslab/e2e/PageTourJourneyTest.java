package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor walks through every page, each lesson at its first step with a call made: healthy at 1280x720 and
 * 1366x800, and a screenshot at those sizes and at a 390 px phone for a human to look at
 * ({@code target/screenshots/tour-*.png}).
 */
class PageTourJourneyTest extends BrowserTest {

    static {
        // The machine is shared; under load a Vaadin page can take longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }


    /** The lessons as the catalog lists them, so a new lesson joins the tour by itself. */
    @Autowired
    private LessonCatalog catalog;

    @Test
    void every_lesson_is_healthy_and_pictured_at_three_sizes() {
        List<String> lessons = catalog.lessons().stream().map(Lesson::id).toList();
        org.assertj.core.api.Assertions.assertThat(lessons).contains("custom-key-stores", "multi-region-keys");
        for (String id : lessons) {
            page.navigate(url("/lessons/" + id));
            assertThat(page.locator(".kmslab-step-panel h3").first())
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            Locator command = page.getByLabel("Command");
            if (command.count() > 0) {
                command.fill("aws kms create-key --description 'tour of " + id + "'");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).click();
                assertThat(page.getByRole(AriaRole.LOG).locator("pre").first()).containsText("tour of " + id);
            }
            health.assertHealthy("lesson " + id);
            shoot("lesson-" + id);
        }
    }

    @Test
    void every_other_page_is_healthy_and_pictured_at_three_sizes() {
        for (String path : List.of("/", "/audit", "/metrics", "/connect", "/sandbox", "/quiz", "/visualizer-gallery")) {
            page.navigate(url(path));
            assertThat(page.locator("h2").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            health.assertHealthy("page " + path);
            shoot("page" + (path.equals("/") ? "-home" : path.replace('/', '-')));
        }
    }

    /**
     * The drawer is one light element (MainLayout): every page and lesson is a link in a labelled navigation, whole
     * (no title cut: page health at both laptop sizes), reached and followed with the keyboard, the current page
     * marked.
     */
    @Test
    void the_drawer_lists_every_page_and_lesson_whole_and_its_links_work_by_keyboard() {
        page.navigate(url("/"));
        assertThat(page.locator("h2").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        Locator site = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Site"));
        assertThat(site).isVisible();
        Locator lessons = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Lessons"));
        for (Lesson lesson : catalog.lessons()) {
            assertThat(lessons.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(lesson.title())
                    .setExact(true))).isVisible();
        }
        health.assertHealthy("home with the drawer open");

        // Tab from the drawer toggle to the first page link, then on to Sandbox, and follow it with Enter.
        page.locator("vaadin-drawer-toggle").focus();
        Locator sandbox = site.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sandbox")
                .setExact(true));
        for (int i = 0; i < 12 && !focused(sandbox); i++) {
            page.keyboard().press("Tab");
        }
        org.assertj.core.api.Assertions.assertThat(focused(sandbox)).as("Sandbox link reached by Tab").isTrue();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/sandbox"));
        Locator current = page.locator("vaadin-side-nav-item[current]");
        assertThat(current).hasCount(1);
        assertThat(current).hasAttribute("path", "sandbox");
    }

    /** Whether the link (inside a side-nav item's shadow root) has the keyboard focus. */
    private boolean focused(Locator link) {
        return (Boolean) link.evaluate("a => a.getRootNode().activeElement === a");
    }

    private void shoot(String name) {
        page.addStyleTag(new Page.AddStyleTagOptions().setContent("copilot-main, vaadin-dev-tools { display: none !important; }"));
        int[][] sizes = {{1280, 720}, {1366, 800}, {390, 844}};
        for (int[] size : sizes) {
            page.setViewportSize(size[0], size[1]);
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            // A page that reconnected redraws from scratch: picture it once its heading is back.
            assertThat(page.locator("h2, h3").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots", "tour-" + name + "-" + size[0] + ".png")));
        }
        page.setViewportSize(1280, 720);
    }
}
