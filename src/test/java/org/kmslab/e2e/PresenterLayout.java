package org.kmslab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/** What a projector screen must hold: an element wholly inside the viewport, and the element each lesson visual is. */
final class PresenterLayout {

    private PresenterLayout() {}

    /** The element (or class) that draws a step's {@code visual}, as the lesson view and the presenter build it. */
    static String elementOf(String visual) {
        return switch (visual) {
            case "data-key-flow" -> "kms-data-key-flow";
            case "metadata-card" -> "kms-key-card";
            case "state-machine" -> "kms-key-state-machine";
            case "ciphertext-inspector" -> "kms-ciphertext-inspector";
            case "policy-trace" -> "kms-policy-trace";
            case "region-map" -> "kms-region-map";
            case "key-store-map" -> "kms-key-store-map";
            case "audit-log", "cost-meter" -> ".kmslab-recent-calls";
            default -> "kms-crypto-flow";
        };
    }

    /**
     * The element, a box that scrolls on its own when it must, holds all its content without scrolling: on a projector
     * nobody scrolls, so what a scroll would bring up is never seen.
     */
    static void assertNothingToScroll(Page page, Locator element) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(element).isVisible();
        Number overflow = (Number) element.evaluate("e => e.scrollHeight - e.clientHeight");
        var viewport = page.viewportSize();
        assertThat(overflow.doubleValue()).as("pixels to scroll in " + element + " at " + viewport.width + "x"
                + viewport.height).isLessThanOrEqualTo(1);
    }

    /** The element is visible and its whole box lies inside the viewport: nothing below the fold, nothing cut off. */
    static void assertInView(Page page, Locator element) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(element).isVisible();
        BoundingBox box = element.boundingBox();
        var viewport = page.viewportSize();
        assertThat(box.x).as("left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.y).as("top edge").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge").isLessThanOrEqualTo(viewport.width + 0.5);
        assertThat(box.y + box.height).as("bottom edge").isLessThanOrEqualTo(viewport.height + 0.5);
    }
}
