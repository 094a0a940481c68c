package org.kmslab.sandbox.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyListEntry;

/**
 * Three KMS Lab instances on one PostgreSQL behind HAProxy, all on loopback (issue 17): any instance serves any
 * sandbox, a sandbox's calls run on one engine only, the AWS CLI's call animates in a tab on another instance, and a
 * SIGKILLed owner loses no acknowledged call. Runs only where HAProxy and the CI PostgreSQL are present.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    private static final Pattern JSON_FIELD = Pattern.compile("\"(accountId|accessKeyId|secretAccessKey)\":\"([^\"]+)\"");

    private ClusterFixture cluster;
    private String accountId;
    private KmsClient learnerKms;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startCluster() throws Exception {
        assumeTrue(ClusterFixture.available(), "needs /usr/sbin/haproxy and KMSLAB_TEST_POSTGRES_URL");
        Path dir = Files.createDirectories(Path.of("target", "cluster-test"));
        cluster = ClusterFixture.start(dir, 3);
        String created = http.send(HttpRequest.newBuilder(URI.create(cluster.balancer() + "/api/sandboxes"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
        String accessKey = null;
        String secret = null;
        Matcher m = JSON_FIELD.matcher(created);
        while (m.find()) {
            switch (m.group(1)) {
                case "accountId" -> accountId = accountId == null ? m.group(2) : accountId;
                case "accessKeyId" -> accessKey = accessKey == null ? m.group(2) : accessKey;
                default -> secret = secret == null ? m.group(2) : secret;
            }
        }
        learnerKms = kms(cluster.balancer(), accessKey, secret);
    }

    @AfterAll
    void stopCluster() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void calls_through_the_balancer_run_on_the_one_engine_of_their_sandbox() throws Exception {
        String keyId = learnerKms.createKey(r -> r.description("cluster")).keyMetadata().keyId();
        for (int i = 0; i < 10; i++) {
            SdkBytes blob = learnerKms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("hello")))
                    .ciphertextBlob();
            assertThat(learnerKms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asUtf8String()).isEqualTo("hello");
        }
        String owner = owner(accountId);
        List<Double> callsPerNode = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            callsPerNode.add(callsOf(cluster.node(i), accountId));
        }
        // 21 calls, spread by HAProxy over three instances, all ran on the owner's engine and nowhere else.
        assertThat(callsPerNode.get(ClusterFixture.indexOf(owner))).isEqualTo(21.0);
        assertThat(callsPerNode.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(21.0);
        // Each instance, asked directly, answers for the sandbox.
        for (int i = 0; i < 3; i++) {
            try (KmsClient direct = kms(cluster.node(i), accessKeyOf(accountId), null)) {
                assertThat(direct.describeKey(r -> r.keyId(keyId)).keyMetadata().description()).isEqualTo("cluster");
            }
        }
    }

    @Test
    @Order(2)
    void a_cli_call_on_one_instance_animates_in_a_tab_on_another() throws Exception {
        try (Playwright playwright = Playwright.create(); Browser browser = launch(playwright)) {
            BrowserContext context = browser.newContext();
            context.addCookies(List.of(new Cookie("KMSLAB_NODE", ClusterFixture.cookieOf(1))
                    .setUrl(cluster.balancer())));
            Page page = context.newPage();
            page.navigate(cluster.balancer() + "/connect");
            PlaywrightAssertions.assertThat(page.getByText("No calls yet")).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            // The tab is on n2 and owns the default sandbox now; the CLI talks to n1, which forwards.
            try (KmsClient other = kms(cluster.node(0), "AKIAIOSFODNN7EXAMPLE", null)) {
                other.createKey(r -> r.description("from the CLI on n1"));
            }
            PlaywrightAssertions.assertThat(page.getByText("CreateKey").first()).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/cluster-connect.png")));
            assertThat(owner("111122223333")).isEqualTo(ClusterFixture.cookieOf(1));
        }
    }

    @Test
    @Order(3)
    void killing_the_owner_during_wire_load_loses_no_acknowledged_call() throws Exception {
        String keyId = learnerKms.createKey(r -> r.description("before the kill")).keyMetadata().keyId();
        SdkBytes before = learnerKms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("kept")))
                .ciphertextBlob();
        int victim = ClusterFixture.indexOf(owner(accountId));
        List<String> acknowledged = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < 30; i++) {
            if (i == 10) {
                cluster.kill(victim);
            }
            int n = i;
            try {
                acknowledged.add(learnerKms.createKey(r -> r.description("load " + n)).keyMetadata().keyId());
            } catch (RuntimeException unacknowledged) {
                failures++;
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(25);
        assertThat(failures).isLessThanOrEqualTo(5);
        Set<String> listed = new java.util.HashSet<>();
        learnerKms.listKeysPaginator(r -> r.limit(100)).keys().forEach((KeyListEntry k) -> listed.add(k.keyId()));
        assertThat(listed).containsAll(acknowledged).contains(keyId);
        assertThat(learnerKms.decrypt(r -> r.ciphertextBlob(before)).plaintext().asUtf8String()).isEqualTo("kept");
        assertThat(owner(accountId)).isNotEqualTo(ClusterFixture.cookieOf(victim));
    }

    private String owner(String account) throws Exception {
        try (Connection c = ClusterFixture.database();
             PreparedStatement s = c.prepareStatement("SELECT instance_id FROM sandbox_owner WHERE account_id = ?")) {
            s.setString(1, account);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("sandbox %s has an owner", account).isTrue();
                return rs.getString(1);
            }
        }
    }

    private String accessKeyOf(String account) throws Exception {
        try (Connection c = ClusterFixture.database();
             PreparedStatement s = c.prepareStatement(
                     "SELECT access_key_id FROM sandbox_principal WHERE account_id = ? AND name = 'Admin'")) {
            s.setString(1, account);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The sum of kmslab_kms_calls_total for {@code account} on one instance: calls its own engines ran. */
    private double callsOf(String node, String account) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(node + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("kmslab_kms_calls_total{") && line.contains("account=\"" + account + "\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static KmsClient kms(String endpoint, String accessKey, String secret) {
        return KmsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey,
                        secret == null ? "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" : secret)))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(90))
                        .apiCallAttemptTimeout(Duration.ofSeconds(40)))
                .build();
    }

    private static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu"));
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            options.setExecutablePath(Path.of("/usr/bin/chromium"));
        }
        return playwright.chromium().launch(options);
    }
}
