package org.kmslab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a person would notice is broken on a page, checked in every journey: console errors, uncaught exceptions and
 * failed requests (a favicon 404 included) for the whole life of the page, and, when asked, the layout at the two
 * laptop sizes learners use (1280x720 and 1366x800): SVG drawings that exceed their viewBox, are cut by a scroll
 * container or have a line through a label; text cut or spilling out of its box, also where a component's shadow
 * DOM cuts the text slotted into it (a side-nav item's label ending in an ellipsis); words broken mid-word; a page
 * that scrolls sideways. The layout rules are in {@code page-health.js} beside this class. On a phone (390 px wide)
 * the one rule is that nothing scrolls sideways: neither the page nor a scroll box of the main content area, except a
 * box meant to scroll on its own (a code block, a table); that rule is in {@code sideways-scroll.js}.
 */
final class PageHealth {

    /** The laptop sizes every journey's pages are checked at. */
    static final List<ViewportSize> LAPTOPS = List.of(new ViewportSize(1280, 720), new ViewportSize(1366, 800));

    /** The phone width learners use (an iPhone 12 to 15 held upright). */
    static final ViewportSize PHONE = new ViewportSize(390, 844);

    private static final String SCRIPT = load("page-health.js");
    private static final String SIDEWAYS = load("sideways-scroll.js");

    private final Page page;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    PageHealth(Page page) {
        this.page = page;
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add("console error: " + m.text() + " at " + m.location());
            }
        });
        page.onPageError(e -> errors.add("uncaught exception: " + e));
        page.onRequestFailed(r -> {
            String failure = r.failure();
            // A navigation or a closed page aborts requests still in flight; that is not a fault of the page.
            if (failure != null && !failure.contains("ERR_ABORTED")) {
                errors.add("request failed: " + r.method() + " " + r.url() + " " + failure);
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400) {
                errors.add("HTTP " + r.status() + ": " + r.request().method() + " " + r.url());
            }
        });
    }

    /** Console errors, uncaught exceptions and failed requests since the page opened. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    /** Fails on any console error, uncaught exception or failed request so far. */
    void assertNoErrors() {
        assertThat(errors()).as("browser errors").isEmpty();
    }

    /** The layout problems of the page as it is now, at the current viewport. */
    List<String> layoutProblems() {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(SCRIPT);
        return found;
    }

    /**
     * What scrolls sideways at the current viewport, after two frames of layout: each problem names the box and the
     * elements that stick out of it. A journey opens the page at the phone's size, as a phone would.
     */
    List<String> sidewaysScrolls() {
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(SIDEWAYS);
        return found;
    }

    /**
     * Checks the page at 1280x720 and 1366x800 (then restores the viewport) and fails naming every problem with the
     * view it was found in, plus any browser error so far.
     */
    void assertHealthy(String view) {
        ViewportSize before = page.viewportSize();
        List<String> problems = new ArrayList<>();
        try {
            for (ViewportSize size : LAPTOPS) {
                page.setViewportSize(size.width, size.height);
                // Let resize observers and Vaadin's layout settle for two frames before reading the layout.
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                for (String p : layoutProblems()) {
                    problems.add(size.width + "x" + size.height + " " + p);
                }
            }
        } finally {
            page.setViewportSize(before.width, before.height);
        }
        problems.addAll(errors());
        assertThat(problems).as("page health of " + view).isEmpty();
    }

    private static String load(String script) {
        try (InputStream in = PageHealth.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException(script + " is missing beside PageHealth");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
