package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An instructor drives every visualizer of the gallery with real engine calls, by mouse and by keyboard. */
class VisualizerGalleryJourneyTest extends BrowserTest {

    private static final List<String> ELEMENTS = List.of("kms-data-key-flow", "kms-key-card", "kms-key-state-machine",
            "kms-ciphertext-inspector", "kms-policy-trace", "kms-event-player", "kms-crypto-flow");

    private VisualizerGalleryPage gallery;

    @BeforeEach
    void openGallery() {
        open(page);
    }

    private void open(Page p) {
        p.navigate(url("/visualizer-gallery"));
        // The first page of a cold dev-mode server can take a while on a shared machine.
        assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Visualizer gallery")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        gallery = new VisualizerGalleryPage(p);
    }

    @Test
    void data_key_flow_follows_generate_encrypt_discard_store_and_decrypt() {
        gallery.press("GenerateDataKey");
        assertThat(gallery.live("kms-data-key-flow")).containsText("GenerateDataKey returned a plaintext data key");
        gallery.press("Encrypt locally");
        assertThat(gallery.live("kms-data-key-flow")).containsText("Encrypted 8 MiB locally");
        assertThat(gallery.progress()).hasJSProperty("value", 100);
        gallery.press("Discard plaintext key");
        assertThat(gallery.live("kms-data-key-flow")).containsText("Discard the plaintext data key");
        assertThat(gallery.dataKeyFlow().locator("[data-node=plainKey]")).hasClass(Pattern.compile("discarded"));
        gallery.press("Store in bucket");
        assertThat(gallery.live("kms-data-key-flow")).containsText("encrypted data key beside it");
        gallery.press("Decrypt data key");
        assertThat(gallery.live("kms-data-key-flow")).containsText("Decrypt turned ciphertext back into plaintext");
        gallery.press("Decrypt locally");
        assertThat(gallery.live("kms-data-key-flow")).containsText("it matches the original");
        assertThat(gallery.dataKeyFlow().locator("li[aria-current=step]")).containsText("Decrypt the data locally");
    }

    @Test
    void key_card_and_state_machine_follow_the_lifecycle_to_deletion() {
        gallery.press("Create key");
        assertThat(gallery.live("kms-key-card")).containsText("Showing key");
        assertThat(gallery.stateMachine().locator(".now")).hasText("Current state: Enabled.");
        gallery.press("DisableKey");
        assertThat(gallery.live("kms-key-card")).containsText("KeyState changed from Enabled to Disabled");
        assertThat(gallery.live("kms-key-state-machine")).containsText("went from Enabled to Disabled");
        gallery.press("Try Encrypt");
        assertThat(gallery.live("kms-key-state-machine")).containsText("Encrypt was refused");
        assertThat(gallery.live("kms-key-state-machine")).containsText("DisabledException");
        gallery.press("ScheduleKeyDeletion (7 days)");
        assertThat(gallery.stateMachine().locator(".now")).hasText("Current state: PendingDeletion.");
        assertThat(gallery.live("kms-key-card")).containsText("KeyState changed from Disabled to PendingDeletion");
        gallery.press("CancelKeyDeletion");
        assertThat(gallery.live("kms-key-state-machine")).containsText("went from PendingDeletion to Disabled");
        gallery.press("ScheduleKeyDeletion (7 days)");
        gallery.press("Fast-forward 8 days");
        assertThat(gallery.stateMachine().locator(".now")).hasText("Current state: Deleted.");
        assertThat(gallery.stateMachine().locator("table")).containsText("DisabledException");
    }

    @Test
    void flipping_a_byte_with_the_keyboard_makes_decryption_refused() {
        gallery.press("Encrypt a message");
        assertThat(gallery.live("kms-ciphertext-inspector")).containsText("-byte ciphertext blob");
        gallery.press("Try Decrypt");
        assertThat(gallery.live("kms-ciphertext-inspector")).containsText("Decrypt turned ciphertext back");

        Locator first = gallery.bytes().first();
        first.focus();
        page.keyboard().press("Control+End");
        for (int i = 0; i < 20; i++) {
            page.keyboard().press("ArrowLeft");
        }
        Locator focused = page.locator("kms-ciphertext-inspector .bytes button:focus");
        assertThat(focused).hasAttribute("aria-label", Pattern.compile("ciphertext$"));
        page.keyboard().press("Enter");
        assertThat(gallery.live("kms-ciphertext-inspector")).containsText(Pattern.compile("Byte \\d+ \\(ciphertext\\) changed from"));
        assertThat(page.locator("kms-ciphertext-inspector .bytes button.flipped")).hasCount(1);
        assertThat(page.locator("kms-ciphertext-inspector .bytes button:focus")).hasAttribute("aria-label", Pattern.compile("flipped$"));

        gallery.press("Try Decrypt");
        assertThat(gallery.live("kms-ciphertext-inspector")).containsText("Decrypt was refused");
        assertThat(gallery.live("kms-ciphertext-inspector")).containsText("InvalidCiphertextException");
    }

    @Test
    void policy_trace_explains_explicit_deny_implicit_deny_and_allow() {
        gallery.press("Analyst calls Decrypt");
        assertThat(gallery.live("kms-policy-trace")).containsText("Denied: an explicit Deny wins");
        assertThat(page.locator("kms-policy-trace li.decisive")).containsText("DenyAnalystDecrypt");
        gallery.press("Outsider calls Decrypt");
        assertThat(gallery.live("kms-policy-trace")).containsText("implicit deny");
        gallery.press("Analyst calls Encrypt");
        assertThat(gallery.live("kms-policy-trace")).containsText("Allowed: kms:Encrypt");
    }

    @Test
    void event_player_replays_recorded_calls_and_sets_reduced_motion() {
        gallery.press("Create key");
        gallery.press("DisableKey");
        assertThat(gallery.live("kms-event-player")).containsText("events recorded");
        gallery.press("Step forward");
        assertThat(gallery.live("kms-event-player")).containsText(Pattern.compile("Event 1 of \\d+: CreateKey made a new KMS key"));
        assertThat(page.locator("kms-crypto-flow figcaption")).containsText("CreateKey made a new KMS key");
        gallery.press("Step forward");
        gallery.press("Step back");
        assertThat(gallery.live("kms-event-player")).containsText("Event 1 of");
        page.getByLabel("Replay speed").selectOption("4");
        gallery.press("Play");
        assertThat(gallery.live("kms-event-player")).containsText(Pattern.compile("Event [2-9] of"));
        page.getByLabel("Reduced motion").check();
        assertThat(gallery.dataKeyFlow()).hasAttribute("reduced-motion", "");
        assertThat(gallery.dataKeyFlow()).hasAttribute("speed", "4.0");
    }

    @Test
    void gallery_has_no_serious_accessibility_violations_at_1280_and_at_200_percent_zoom() {
        driveEverything();
        assertNoSeriousViolations(page);
        screenshotElements(page, "1280");

        // 200 % zoom: half the CSS viewport at twice the device pixels, as a browser zoomed to 200 % lays out.
        try (BrowserContext zoomed = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(640, 360).setDeviceScaleFactor(2))) {
            Page p = zoomed.newPage();
            open(p);
            driveEverything();
            assertNoSeriousViolations(p);
            screenshotElements(p, "zoom200");
        }
    }

    /** One picture per element (each scrolled into view), for a human to look at. */
    private static void screenshotElements(Page p, String suffix) {
        for (String tag : ELEMENTS) {
            p.locator(tag).screenshot(new Locator.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots", "gallery-" + tag.substring(4) + "-" + suffix + ".png")));
        }
        p.locator(".kmslab-gallery-section").first().scrollIntoViewIfNeeded();
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "gallery-viewport-" + suffix + ".png")));
    }

    private void driveEverything() {
        gallery.press("GenerateDataKey");
        gallery.press("Encrypt locally");
        assertThat(gallery.live("kms-data-key-flow")).containsText("Encrypted 8 MiB locally");
        gallery.press("Discard plaintext key");
        gallery.press("Store in bucket");
        gallery.press("Create key");
        gallery.press("DisableKey");
        assertThat(gallery.live("kms-key-card")).containsText("KeyState changed");
        gallery.press("Encrypt a message");
        gallery.bytes().nth(40).click();
        assertThat(gallery.live("kms-ciphertext-inspector")).containsText("changed from");
        gallery.press("Analyst calls Decrypt");
        assertThat(gallery.live("kms-policy-trace")).containsText("Denied");
        gallery.press("Step forward");
        assertThat(gallery.live("kms-event-player")).containsText("Event 1 of");
    }

    private static void assertNoSeriousViolations(Page p) {
        AxeResults results = new AxeBuilder(p).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .filter(r -> r.getNodes().stream().anyMatch(n -> !inDevTools(n.getTarget())))
                .map(VisualizerGalleryJourneyTest::describe).toList();
        assertThat(serious).isEmpty();
    }

    /** Vaadin's development-mode tools (Copilot) are not part of the app a learner gets. */
    private static boolean inDevTools(Object target) {
        String t = String.valueOf(target);
        return t.contains("copilot-main") || t.contains("vaadin-dev-tools");
    }

    private static String describe(Rule r) {
        return r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " at "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList();
    }
}
