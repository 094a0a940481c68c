package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Script and markup in every string a learner controls (key description, tags, encryption context, key policy, the
 * console's command line) is shown as text in every view: no script runs, no dialog opens, and the browser reports
 * no Content-Security-Policy violation, so the policy does not break Vaadin either.
 */
class InjectionJourneyTest extends BrowserTest {

    private static final String IMG = "<img src=x onerror=\"window.__pwned='img'\">";
    private static final String SCRIPT = "<script>window.__pwned='script'</script>";
    private static final String SVG = "<svg onload=\"window.__pwned='svg'\"></svg>";

    @Autowired
    private KmsGateway gateway;

    private final List<String> alarms = new CopyOnWriteArrayList<>();

    /** Plants markup in this browser's sandbox (the page must have opened the app once, for its cookie). */
    private void plant() {
        Sandbox sandbox = sandboxOf(page.context());
        var admin = sandbox.administrator(CallSource.CONSOLE);
        String description = (IMG + SCRIPT + SVG).replace("\"", "\\\"");
        var created = gateway.invoke(sandbox.engine(), admin, "CreateKey", "{\"Description\":\"" + description
                + "\",\"Tags\":[{\"TagKey\":\"" + SVG.replace("\"", "\\\"") + "\",\"TagValue\":\"" + description
                + "\"}]}");
        assertThat(created.ok()).as(created.body()).isTrue();
        String keyId = created.body().replaceAll(".*\"KeyId\":\"([^\"]+)\".*", "$1");
        var encrypted = gateway.invoke(sandbox.engine(), admin, "Encrypt", "{\"KeyId\":\"" + keyId
                + "\",\"Plaintext\":\"aGk=\",\"EncryptionContext\":{\"" + SVG.replace("\"", "\\\"") + "\":\""
                + description + "\"}}");
        assertThat(encrypted.ok()).as(encrypted.body()).isTrue();
    }

    private void watch() {
        page.onDialog(dialog -> {
            alarms.add("dialog: " + dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("Content Security Policy") || text.contains("Refused to")) {
                alarms.add("console: " + text);
            }
        });
        page.onPageError(error -> alarms.add("page error: " + error));
    }

    private void assertNothingRan(String where) {
        Object pwned = page.evaluate("() => window.__pwned || null");
        assertThat(pwned).as("script ran on %s", where).isNull();
        assertThat(alarms).as("alarms on %s", where).isEmpty();
    }

    @Test
    void markup_in_learner_strings_is_text_in_every_view_and_nothing_executes() {
        page.navigate(url("/"));
        plant();
        watch();

        page.navigate(url("/lessons/key-states"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Key states and the key lifecycle"))).isVisible(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        page.getByLabel("Command").fill("aws kms create-key --description '" + IMG + SCRIPT + "'");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).click();
        Locator output = page.getByRole(AriaRole.LOG).locator("pre").first();
        assertThat(output).containsText("onerror=", new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setTimeout(30_000));
        page.getByLabel("Command").fill("aws kms tag-resource --key-id alias/" + SVG);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.LOG).locator("pre").first()).isVisible();
        assertNothingRan("the lesson console");

        for (String path : List.of("/", "/sandbox", "/audit", "/connect", "/metrics", "/lessons")) {
            page.navigate(url(path));
            page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                    + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
                    + " && document.body.innerText.length > 40");
            assertNothingRan(path);
            screenshot("injection" + path.replace('/', '-'));
        }
        page.navigate(url("/audit"));
        page.getByText("Encrypt", new Page.GetByTextOptions().setExact(true)).first().click();
        assertThat(page.getByText("onload=").first()).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        screenshot("injection-audit-record");
        assertNothingRan("the CloudTrail record");
    }
}
