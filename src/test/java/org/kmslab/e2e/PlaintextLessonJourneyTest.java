package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A learner goes from the home page through the plaintext-versus-ciphertext lesson. */
class PlaintextLessonJourneyTest extends BrowserTest {

    @Test
    void learner_encrypts_sees_ciphertext_tampers_and_is_refused() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plaintext versus ciphertext")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Plaintext versus ciphertext"))).isVisible();

        next();
        page.getByRole(AriaRole.BUTTON, named("Create KMS key")).click();
        assertThat(goal()).containsText("Goal met");
        Locator flow = page.locator("kms-crypto-flow");
        assertThat(flow.locator("figcaption")).containsText("CreateKey made a new KMS key");

        next();
        page.getByLabel("Plaintext").fill("Launch codes: 0000");
        page.getByRole(AriaRole.BUTTON, named("Encrypt")).click();
        assertThat(goal()).containsText("Goal met");
        assertThat(flow.locator("figcaption")).containsText("Encrypt turned plaintext into ciphertext");
        Locator inspector = page.locator(".kmslab-workbench kms-ciphertext-inspector");
        assertThat(inspector.locator(".bytes button").first()).hasText(Pattern.compile("^[0-9a-f]{2}$"));
        assertThat(inspector.locator(".legend")).containsText("iv");
        assertThat(inspector.locator(".compare")).isHidden();
        // The same message again: the new blob beside the previous one, header equal, IV and tag different.
        page.getByRole(AriaRole.BUTTON, named("Encrypt")).click();
        assertThat(inspector.locator(".compare")).containsText("Side by side: This ciphertext and the previous ciphertext");
        assertThat(inspector.locator(".compare tbody tr:has(th:text-is('keyId'))")).containsText("= equal");
        assertThat(inspector.locator(".compare tbody tr:has(th:text-is('tag'))")).containsText("≠ 16 of 16 differ");
        health.assertHealthy("plaintext lesson comparing two ciphertexts");

        next();
        next();
        page.getByRole(AriaRole.BUTTON, named("Decrypt")).click();
        assertThat(result()).hasText("Decrypted: Launch codes: 0000");
        assertThat(goal()).containsText("Goal met");

        next();
        page.getByLabel("Byte position to flip").fill("5");
        page.getByRole(AriaRole.BUTTON, named("Flip byte")).click();
        page.getByRole(AriaRole.BUTTON, named("Decrypt")).click();
        assertThat(result()).containsText("Refused by KMS: InvalidCiphertextException");
        assertThat(goal()).containsText("Goal met");
        assertThat(flow.locator("figcaption")).containsText("Decrypt was refused");
        assertThat(inspector.locator(".bytes button.flipped")).hasCount(1);
        assertThat(inspector.locator(".compare")).containsText("Side by side: The tampered ciphertext and the ciphertext Encrypt returned");
        assertThat(inspector.locator(".compare td.differs")).hasCount(1);
        assertThat(inspector.locator(".compare td.differs")).hasText("≠ 1 of 1 differ");
        screenshot("plaintext-vs-ciphertext");
        health.assertHealthy("plaintext lesson after a refused decrypt");

        next(); // the last step: the lesson is done, and the card says what was done and where to go
        Locator done = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Lesson complete"));
        assertThat(done).containsText("✓ Lesson complete: Plaintext versus ciphertext");
        assertThat(done.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Next lesson: ")))).isVisible();
        screenshot("plaintext-vs-ciphertext-complete");
        done.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Quiz: exam-style questions on"))).click();
        page.waitForURL(Pattern.compile(".*/quiz/attempt/.*"));
        health.assertNoErrors();
    }

    private void next() {
        page.getByRole(AriaRole.BUTTON, named("Next")).click();
    }

    private Locator goal() {
        return page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("Goal"));
    }

    private Locator result() {
        return page.locator("#workbench-result");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
