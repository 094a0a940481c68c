package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The custom key stores lesson as a new learner takes it: a CloudHSM key store, then an external key store. */
class CustomKeyStoresJourneyTest extends LessonJourney {

    @Test
    void custom_key_stores_from_cluster_to_pulling_the_plug() {
        open("custom-key-stores", "Custom key stores: CloudHSM and external keys");
        lesson.run("aws kms describe-custom-key-stores");
        lesson.expectGoalMet();
        lesson.next();

        // Issuing the trust anchor (an ECDSA key pair and certificate) can take a while on a loaded machine.
        page.getByLabel("Command").fill("lab cloudhsm create-cluster --kmsuser-password kmsuserPass1");
        lesson.button("Run").click();
        Locator created = page.getByRole(AriaRole.LOG).locator("pre").first();
        assertThat(created).containsText("customerCA.crt", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        String cluster = LessonPage.read(created, Pattern.compile("(cluster-[a-z2-7]{11})"));
        String hsmStore = lesson.runAndRead("aws kms create-custom-key-store --custom-key-store-name HsmStore-"
                + suffix + " --cloud-hsm-cluster-id " + cluster + " --trust-anchor-certificate file://customerCA.crt"
                + " --key-store-password kmsuserPass1", LessonPage.field("CustomKeyStoreId"));
        lesson.expectGoalMet();
        Locator map = page.locator("kms-key-store-map");
        assertThat(map.locator("section[data-zone=cloudhsm]")).containsText(hsmStore);
        lesson.next();

        lesson.run("aws kms connect-custom-key-store --custom-key-store-id " + hsmStore);
        lesson.expectGoalMet();
        assertThat(map.locator("[aria-current=step]").first()).hasText("CONNECTING");
        lesson.button("Fast-forward 20 minutes").click();
        assertThat(lesson.run("aws kms describe-custom-key-stores --custom-key-store-id " + hsmStore))
                .containsText("CONNECTED");
        lesson.next();

        String hsmKey = lesson.createKey("--origin AWS_CLOUDHSM --custom-key-store-id " + hsmStore);
        lesson.run("printf 'ledger entry 42' > ledger.txt");
        String ledger = lesson.runAndRead("aws kms encrypt --key-id " + hsmKey + " --plaintext fileb://ledger.txt",
                LessonPage.field("CiphertextBlob"));
        lesson.expectGoalMet();
        assertThat(map.locator("section[data-zone=cloudhsm]")).containsText(hsmKey);
        assertThat(map.locator(".path")).containsText("HSM of the CloudHSM cluster");
        lesson.next();

        lesson.run("aws kms disconnect-custom-key-store --custom-key-store-id " + hsmStore);
        assertThat(lesson.run("aws kms decrypt --ciphertext-blob " + ledger)).containsText("is unavailable.");
        lesson.expectGoalMet();
        assertThat(map.locator("section[data-zone=cloudhsm]")).containsText("Unavailable");
        lesson.next();

        Locator proxy = lesson.run("lab xks describe-proxy");
        String uri = LessonPage.read(proxy, LessonPage.field("XksProxyUriEndpoint"));
        String path = LessonPage.read(proxy, LessonPage.field("XksProxyUriPath"));
        String id = LessonPage.read(proxy, LessonPage.field("AccessKeyId"));
        String secret = LessonPage.read(proxy, LessonPage.field("RawSecretAccessKey"));
        String xksStore = lesson.runAndRead("aws kms create-custom-key-store --custom-key-store-name Xks-" + suffix
                + " --custom-key-store-type EXTERNAL_KEY_STORE --xks-proxy-connectivity PUBLIC_ENDPOINT"
                + " --xks-proxy-uri-endpoint " + uri + " --xks-proxy-uri-path " + path
                + " --xks-proxy-authentication-credential AccessKeyId=" + id + ",RawSecretAccessKey=" + secret,
                LessonPage.field("CustomKeyStoreId"));
        lesson.expectGoalMet();
        lesson.next();

        lesson.run("aws kms connect-custom-key-store --custom-key-store-id " + xksStore);
        lesson.button("Fast-forward 20 minutes").click();
        String external = lesson.runAndRead("lab xks create-key", Pattern.compile("(ekm-[0-9a-f-]{36})"));
        String xksKey = lesson.createKey("--origin EXTERNAL_KEY_STORE --custom-key-store-id " + xksStore
                + " --xks-key-id " + external);
        lesson.run("printf 'customer record' > record.txt");
        String record = lesson.runAndRead("aws kms encrypt --key-id " + xksKey + " --plaintext fileb://record.txt",
                LessonPage.field("CiphertextBlob"));
        lesson.run("aws kms decrypt --ciphertext-blob " + record);
        lesson.expectGoalMet();
        assertThat(map.locator(".path")).containsText("XKS proxy");
        assertThat(lesson.run("lab xks log")).containsText("Decrypt for Decrypt");
        lesson.next();

        // The CloudHSM step's refused Decrypt was on another key: this step waits for one on the external key.
        assertThat(lesson.goal()).containsText("Goal: Disable the external key");
        lesson.run("lab xks disable-key --key-id " + external);
        assertThat(lesson.run("aws kms decrypt --ciphertext-blob " + record))
                .containsText("not enabled in the external key manager");
        lesson.expectGoalMet();
        lesson.next();
        finish("custom-key-stores");
    }
}
