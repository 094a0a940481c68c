package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * A learner encrypts and decrypts in a lesson, then asks the audit log "who decrypted what, when" and reads the
 * CloudTrail record; the same history answers CloudTrail's LookupEvents over HTTP, and the metrics reach Prometheus.
 */
class AuditJourneyTest extends BrowserTest {

    @Test
    void learner_finds_who_decrypted_and_reads_the_cloudtrail_record() {
        decryptInTheLesson();

        page.navigate(url("/audit"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit log (CloudTrail)")))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, named("Who decrypted what, when?")).click();
        assertThat(page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("match")))
                .containsText(Pattern.compile("\\d+\\+? events? match"));
        Locator decryptCell = page.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^Decrypt$"))).first();
        assertThat(decryptCell).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^root$"))).first()).isVisible();
        decryptCell.click();

        Locator record = page.getByLabel("CloudTrail record of Decrypt");
        assertThat(record).containsText(Pattern.compile("\"eventName\"\\s*:\\s*\"Decrypt\""));
        assertThat(record).containsText("\"eventSource\" : \"kms.amazonaws.com\"");
        assertThat(record).containsText("\"encryptionAlgorithm\" : \"SYMMETRIC_DEFAULT\"");
        assertThat(record).not().containsText("Audit journey secret");
        assertThat(page.getByRole(AriaRole.LINK, named("Export as JSON lines"))).isVisible();
        screenshot("audit-who-decrypted");
        health.assertHealthy("audit log with a CloudTrail record open");

        page.navigate(url("/metrics"));
        assertThat(page.locator("kms-chart").first()).isAttached();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Calls by quota class")))
                .isVisible();
        screenshot("metrics");
        health.assertHealthy("metrics");
    }

    @Test
    void lookup_events_and_prometheus_are_served_over_http() throws IOException, InterruptedException {
        decryptInTheLesson();
        // LookupEvents over HTTP answers for the default sandbox, which an AWS CLI with made-up credentials reaches
        // (this browser has a sandbox of its own): decrypt there too.
        try (KmsClient cli = KmsClient.builder().endpointOverride(URI.create(url(""))).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .build()) {
            String key = cli.createKey(r -> r.description("audit journey over the wire")).keyMetadata().keyId();
            SdkBytes blob = cli.encrypt(r -> r.keyId(key).plaintext(SdkBytes.fromUtf8String("hi"))).ciphertextBlob();
            cli.decrypt(r -> r.ciphertextBlob(blob));
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> lookup = http.send(HttpRequest.newBuilder(URI.create(url("/api/cloudtrail/lookup-events")))
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"LookupAttributes\":[{\"AttributeKey\":\"EventName\",\"AttributeValue\":\"Decrypt\"}],"
                                + "\"MaxResults\":5}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(lookup.body()).contains("\"Events\":[{", "\"EventName\":\"Decrypt\"", "\"CloudTrailEvent\":");

        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(url("/api/cloudtrail/lookup-events")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"MaxResults\":500}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("InvalidMaxResultsException");

        HttpResponse<String> prometheus = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/prometheus")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("kmslab_kms_calls_total{", "quota_class=\"CryptographicOperationsSymmetric\"",
                "kmslab_kms_latency_seconds{");
    }

    private void decryptInTheLesson() {
        page.navigate(url("/lessons/plaintext-vs-ciphertext"));
        next();
        page.getByRole(AriaRole.BUTTON, named("Create KMS key")).click();
        assertThat(goal()).containsText("Goal met");
        next();
        page.getByLabel("Plaintext").fill("Audit journey secret");
        page.getByRole(AriaRole.BUTTON, named("Encrypt")).click();
        assertThat(goal()).containsText("Goal met");
        next();
        next();
        page.getByRole(AriaRole.BUTTON, named("Decrypt")).click();
        assertThat(page.locator("#workbench-result")).hasText("Decrypted: Audit journey secret");
    }

    private void next() {
        page.getByRole(AriaRole.BUTTON, named("Next")).click();
    }

    private Locator goal() {
        return page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("Goal"));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
