package org.kmslab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;

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

    /**
     * The element is visible and its whole box lies inside the viewport and inside every box around it that scrolls
     * or clips (a pane, a dialog's content, shadow DOM included): nothing below the fold, nothing a scroll would have
     * to bring up, nothing cut off.
     */
    static void assertInView(Page page, Locator element) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(element).isVisible();
        BoundingBox box = element.boundingBox();
        var viewport = page.viewportSize();
        assertThat(box.x).as("left edge of " + element).isGreaterThanOrEqualTo(0);
        assertThat(box.y).as("top edge of " + element).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of " + element).isLessThanOrEqualTo(viewport.width + 0.5);
        assertThat(box.y + box.height).as("bottom edge of " + element).isLessThanOrEqualTo(viewport.height + 0.5);
        assertThat((String) element.evaluate(CLIPPED_BY)).as("a box around " + element + " that cuts it off at "
                + viewport.width + "x" + viewport.height).isEmpty();
    }

    /**
     * The first box around the element (across slots and shadow roots, up to the top layer) that does not show all
     * of it, or "".
     */
    private static final String CLIPPED_BY = """
            e => {
              const r = e.getBoundingClientRect();
              const up = n => n.assignedSlot || n.parentElement
                  || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null);
              for (let n = up(e); n && n !== document.documentElement; n = up(n)) {
                const cs = getComputedStyle(n);
                const b = n.getBoundingClientRect();
                const top = b.top + n.clientTop, left = b.left + n.clientLeft;
                if ((cs.overflowX !== 'visible' || cs.overflowY !== 'visible') && (r.top < top - 1
                    || r.left < left - 1 || r.bottom > top + n.clientHeight + 1 || r.right > left + n.clientWidth + 1)) {
                  return n.localName + (n.className && typeof n.className === 'string' ? '.' + n.className : '')
                      + ' shows ' + Math.round(left) + '..' + Math.round(left + n.clientWidth) + ' x '
                      + Math.round(top) + '..' + Math.round(top + n.clientHeight) + ' of ' + Math.round(r.left)
                      + '..' + Math.round(r.right) + ' x ' + Math.round(r.top) + '..' + Math.round(r.bottom);
                }
                // A popover or a modal dialog (an open list, an overlay) is in the top layer, and a fixed box escapes its
                // ancestors' overflow: nothing around either clips it.
                if (n.matches(':popover-open, :modal') || cs.position === 'fixed') break;
              }
              return '';
            }""";

    /**
     * The tokens (runs of non-space characters: an option, its value) of the elements' text that the browser broke
     * across two lines though they would fit on one, such as {@code --plaintext} wrapped after a hyphen.
     */
    @SuppressWarnings("unchecked")
    static List<String> brokenTokens(Locator elements) {
        return (List<String>) elements.evaluateAll("""
                all => all.flatMap(e => {
                  const broken = [];
                  const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const re = /\\S+/g;
                    let m;
                    while ((m = re.exec(node.textContent))) {
                      const range = document.createRange();
                      range.setStart(node, m.index);
                      range.setEnd(node, m.index + m[0].length);
                      const rects = [...range.getClientRects()].filter(r => r.width > 0);
                      const tops = new Set(rects.map(r => Math.round(r.top / 3)));
                      // A token wider than its whole line (a long ARN) has to break somewhere.
                      const box = node.parentElement.closest('pre, li, p, td, div');
                      const pad = getComputedStyle(box);
                      const line = box.clientWidth - parseFloat(pad.paddingLeft) - parseFloat(pad.paddingRight);
                      if (tops.size > 1 && rects.reduce((w, r) => w + r.width, 0) <= line) broken.push(m[0]);
                    }
                  }
                  return broken;
                })""");
    }
}
