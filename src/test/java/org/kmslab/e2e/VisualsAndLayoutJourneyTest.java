package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What issue #18's new users met in the visualizers and the layout, each as a journey that would have caught it, with
 * the page-health checks at 1280x720 and 1366x800: a state diagram that stays current and draws refusals, a key card
 * and cost meter that follow rotation and list-keys, the workbench beside the picture, the connect page's CLI v2
 * advice and history, metrics on the sandbox clock, the sandbox form's choices and real port, plurals, the
 * reduced-motion setting and the favicon.
 */
class VisualsAndLayoutJourneyTest extends LessonJourney {

    static {
        // The machine is shared; under load a Vaadin page can take longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    private Locator stateMachine() {
        return page.locator("kms-key-state-machine");
    }

    @Test
    void the_state_diagram_draws_each_call_a_refusal_included_and_never_a_delete_key_call() {
        open("key-states", "Key states and the key lifecycle");
        String key = lesson.createKey("--description 'diagram journey'");
        lesson.run("aws kms disable-key --key-id " + key);
        assertThat(stateMachine().locator(".live")).containsText("went from Enabled to Disabled");
        assertThat(stateMachine().locator("path.edge.last")).hasCount(1);

        lesson.run("aws kms encrypt --key-id " + key + " --plaintext 'refused'");
        assertThat(stateMachine().locator(".live")).containsText("DisabledException");
        assertThat(stateMachine().locator(".refusal text")).hasText(new String[] {"✗ Encrypt refused", "DisabledException"});
        assertThat(stateMachine().locator(".node.failed")).containsText("Disabled");
        // The earlier transition no longer looks like the latest call.
        assertThat(stateMachine().locator("path.edge.last")).hasCount(0);

        lesson.run("aws kms describe-key --key-id " + key);
        assertThat(stateMachine().locator(".live")).containsText("The key stays Disabled");
        assertThat(stateMachine().locator(".refusal text")).hasCount(0);

        lesson.run("aws kms schedule-key-deletion --key-id " + key + " --pending-window-in-days 7");
        assertThat(stateMachine().locator(".moves")).containsText("the waiting period ends → Deleted");
        assertThat(stateMachine().locator("svg")).not().containsText("DeleteKey");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "journey-state-diagram-refusal.png")));
        health.assertHealthy("key-states lesson with a refused call drawn");
    }

    @Test
    void the_key_card_shows_rotation_and_the_cost_meter_agrees_with_list_keys_and_charges_rotations() {
        open("key-rotation", "Key rotation");
        String key = lesson.createKey("--description 'rotation card journey'");
        lesson.next();
        lesson.run("aws kms enable-key-rotation --key-id " + key + " --rotation-period-in-days 90");
        Locator card = page.locator("kms-key-card");
        assertThat(card).containsText("KeyRotationEnabled");
        assertThat(card.locator("tr").filter(new Locator.FilterOptions().setHasText("RotationPeriodInDays")))
                .containsText("90");
        lesson.run("aws kms rotate-key-on-demand --key-id " + key);
        lesson.nextTo(9);
        Locator meter = page.locator(".kmslab-cost-meter");
        // list-keys lists one Region, so the meter says its count per Region, each as list-keys prints it there. A key
        // in a second Region makes sure there are two (earlier journeys in this sandbox may have left more).
        lesson.run("aws kms create-key --region eu-west-1 --description 'second Region for the cost meter'");
        List<String> regions = sandboxOf(page.context()).activeRegions();
        assertThat(regions).contains("eu-west-1").hasSizeGreaterThan(1);
        long all = 0;
        for (String region : regions) {
            String keys = lesson.run("aws kms list-keys --limit 1000 --region " + region).textContent();
            long listed = Pattern.compile("\"KeyArn\"").matcher(keys).results().count();
            all += listed;
            // (Playwright runs the pattern as a JavaScript RegExp, which has no \Q..\E; a Region name needs no quoting.)
            assertThat(meter).containsText(Pattern.compile("list-keys in each Region: [^)]*\\b"
                    + region + " " + listed + "\\b"));
        }
        assertThat(meter).containsText("Keys: " + all + " listed in " + regions.size() + " Regions");
        // The console's plain list-keys (its own Region) matches that Region's figure on the meter.
        String home = sandboxOf(page.context()).defaultRegion();
        long inHome = Pattern.compile("\"KeyArn\"").matcher(lesson.run("aws kms list-keys --limit 1000")
                .textContent()).results().count();
        assertThat(meter).containsText(home + " " + inHome);
        assertThat(meter).containsText(Pattern.compile("Rotation surcharge: [1-9]\\d* rotations? billed"));
        health.assertHealthy("cost meter with a rotation surcharge");
    }

    @Test
    void the_workbench_and_its_result_are_in_view_beside_the_picture() {
        page.setViewportSize(1366, 800);
        open("kms-keys-and-metadata", "KMS keys and their metadata");
        lesson.createKey("--description 'above the fold'");
        BoundingBox input = page.getByLabel("Command").boundingBox();
        BoundingBox picture = page.locator("kms-key-card").boundingBox();
        assertThat(picture.x).as("the picture is beside the console").isGreaterThan(input.x + input.width - 1);
        assertThat(picture.y).as("the picture is above the fold").isLessThan(800);
        // The newest result sits right under the Run button (the time machine comes after the output).
        BoundingBox run = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true))
                .boundingBox();
        BoundingBox result = page.getByRole(AriaRole.LOG).locator("pre").first().boundingBox();
        assertThat(result.y - (run.y + run.height)).as("the result right under Run").isLessThan(60);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "journey-lesson-layout-1366.png")));
        health.assertHealthy("lesson 2 with the workbench and the picture in view");
    }

    @Test
    void connect_explains_cli_v2_blobs_and_keeps_its_last_calls_across_a_reload() {
        open("kms-keys-and-metadata", "KMS keys and their metadata");
        lesson.createKey("--description 'connect history'");
        page.navigate(url("/connect"));
        Locator lastCalls = page.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Last calls"));
        assertThat(lastCalls.getByRole(AriaRole.LISTITEM).first()).containsText("CreateKey by role/Admin");
        page.reload();
        assertThat(lastCalls.getByRole(AriaRole.LISTITEM).first()).containsText("CreateKey by role/Admin");
        Locator v2 = page.getByLabel("AWS CLI v2 blob examples", new Page.GetByLabelOptions().setExact(true));
        assertThat(v2).containsText("--plaintext fileb://hello.txt");
        assertThat(v2).containsText("--cli-binary-format raw-in-base64-out");
        assertThat(v2).containsText("--endpoint-url " + url(""));
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("AWS CLI version 2 and blob parameters"))).containsText("as Base64");
        health.assertHealthy("connect");
    }

    @Test
    void metrics_windows_follow_the_sandbox_clock_and_say_so_after_a_time_machine_jump() {
        open("kms-keys-and-metadata", "KMS keys and their metadata");
        lesson.createKey("--description 'before the jump'");
        page.navigate(url("/metrics"));
        Locator note = page.locator(".kmslab-clock-note");
        assertThat(note).containsText("Windows end");
        assertThat(page.locator("kms-chart").first()).isAttached();
        page.navigate(url("/lessons/kms-keys-and-metadata"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fast-forward 1 day")).click();
        lesson.createKey("--description 'after the jump'");
        page.navigate(url("/metrics"));
        assertThat(note).containsText("the time machine moved the sandbox clock");
        assertThat(note).containsText("calls made before the jump are older than the window");
        assertThat(page.locator("kms-chart").first())
                .hasAttribute("summary", Pattern.compile("^[1-9]\\d* calls? in the last 30 minutes"));
        health.assertHealthy("metrics after a time-machine jump");
    }

    @Test
    void the_sandbox_form_offers_the_engines_choices_and_the_real_port() {
        page.navigate(url("/sandbox"));
        Locator usage = select("KeyUsage");
        assertThat(usage).isVisible();
        usage.click();
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("SIGN_VERIFY"))).isVisible();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("SIGN_VERIFY")).click();
        assertThat(select("KeySpec")).isVisible();
        assertThat(select("Origin")).isVisible();
        Locator sdk = page.getByLabel("Equivalent AWS SDK for Java v2 call");
        assertThat(sdk).containsText("URI.create(\"" + url("") + "\")");
        assertThat(sdk).containsText(".keyUsage(\"SIGN_VERIFY\")");
        assertThat(page.getByLabel("Equivalent AWS CLI command")).containsText("--key-usage SIGN_VERIFY");
        health.assertHealthy("sandbox");
    }

    private Locator select(String label) {
        return page.locator("vaadin-select:has(> label:text-is('" + label + "'))");
    }

    @Test
    void the_audit_grid_measures_new_rows_and_nothing_is_cut() {
        page.navigate(url("/audit"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit log (CloudTrail)")))
                .isVisible();
        // A call made in another tab of this browser (its sandbox) while the log is open adds a row with a long
        // error code.
        try (Page lessonTab = page.context().newPage()) {
            LessonPage second = new LessonPage(lessonTab).open(url("/lessons/key-states"),
                    "Key states and the key lifecycle");
            String key = second.createKey("--description 'audit grid'");
            second.run("aws kms schedule-key-deletion --key-id " + key + " --pending-window-in-days 7");
            second.run("aws kms enable-key-rotation --key-id " + key);
        }
        page.reload();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("KMSInvalidStateException")).first()).isVisible();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Succeeded")).first()
                .click();
        assertThat(page.locator("pre[aria-label^='CloudTrail record of']")).isVisible();
        health.assertHealthy("audit grid with a long error code and a record open");
    }

    @Test
    void one_event_is_singular_the_system_reduced_motion_is_ticked_and_the_favicon_loads() {
        try (BrowserContext reduced = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 720).setReducedMotion(ReducedMotion.REDUCE))) {
            Page p = reduced.newPage();
            PageHealth own = new PageHealth(p);
            LessonPage first = new LessonPage(p).open(url("/lessons/plaintext-vs-ciphertext"),
                    "Plaintext versus ciphertext");
            first.next();
            first.button("Create KMS key").click();
            Locator player = p.locator("kms-event-player");
            assertThat(player.locator(".live")).hasText("1 event recorded. Press Play or Step forward.");
            assertThat(p.getByLabel("Reduced motion")).isChecked();
            assertThat(p.locator("kms-crypto-flow")).hasAttribute("reduced-motion", "");
            assertThat(p.locator("link[rel=icon]")).hasAttribute("href", "/kmslab/favicon.svg");
            assertThat(p.request().get(url("/kmslab/favicon.svg")).status()).isEqualTo(200);
            own.assertHealthy("plaintext lesson under reduced motion");
        }
    }
}
