package org.kmslab.sandbox.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
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
    private Playwright playwright;
    private Browser browser;
    private Page instructor;
    private Page learner;

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
        playwright = Playwright.create();
        browser = launch(playwright);
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterAll
    void stopCluster() throws InterruptedException {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
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
        Page page = pageOn(1);
        page.navigate(cluster.balancer() + "/connect");
        PlaywrightAssertions.assertThat(page.getByText("No calls yet")).isVisible();
        // The tab is on n2 and owns the default sandbox now; the SDK talks to n1, which forwards the call.
        try (KmsClient other = kms(cluster.node(0), "AKIAIOSFODNN7EXAMPLE", null)) {
            other.createKey(r -> r.description("from the CLI on n1"));
        }
        PlaywrightAssertions.assertThat(page.getByText("CreateKey").first()).isVisible();
        shot(page, "cluster-connect");
        assertThat(owner("111122223333")).isEqualTo(ClusterFixture.cookieOf(1));
        page.context().close();
    }

    @Test
    @Order(3)
    void a_live_class_runs_with_the_instructor_and_a_learner_on_different_instances() {
        instructor = pageOn(0);
        instructor.setViewportSize(1280, 1600);
        instructor.navigate(cluster.balancer() + "/class?secret=" + ClusterFixture.INSTRUCTOR_SECRET);
        instructor.getByRole(AriaRole.BUTTON, named("Start a class")).click();
        Locator code = instructor.locator(".kmslab-join-code");
        PlaywrightAssertions.assertThat(code).hasText(Pattern.compile("^[A-Z2-9]{6}$"));
        String joinCode = code.textContent();

        learner = pageOn(2);
        learner.navigate(cluster.balancer() + "/class?code=" + joinCode);
        learner.getByLabel("Your display name").fill("Ana");
        learner.getByRole(AriaRole.BUTTON, named("Join the class")).click();
        PlaywrightAssertions.assertThat(learner.getByRole(AriaRole.REGION, named("Live class")))
                .containsText("Class " + joinCode);
        PlaywrightAssertions.assertThat(instructor.getByLabel("Learners")).containsText("Ana");

        instructor.locator("#class-lesson").click();
        instructor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Key states and the key lifecycle"))
                .click();
        PlaywrightAssertions.assertThat(learner.getByRole(AriaRole.HEADING, named("Key states and the key lifecycle")))
                .isVisible();
        instructor.getByRole(AriaRole.BUTTON, named("Next step")).click();
        PlaywrightAssertions.assertThat(stepLine(learner)).containsText("Step 2 of 10");

        instructor.getByRole(AriaRole.BUTTON, named("Push to the class")).click();
        PlaywrightAssertions.assertThat(instructor.getByText("0 of 1 learners answered.")).isVisible();
        Locator dialog = learner.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.RADIO).first().check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send answer")).click();
        PlaywrightAssertions.assertThat(instructor.getByText("1 of 1 learners answered.")).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        shot(instructor, "cluster-class-instructor");
        shot(learner, "cluster-class-learner");
    }

    @Test
    @Order(4)
    void killing_an_instance_during_a_class_and_wire_load_loses_no_acknowledged_call() throws Exception {
        int victim = 2; // the learner's instance; it also owns the sandbox that takes the wire load
        String keyId;
        try (KmsClient direct = kms(cluster.node(victim), accessKeyOf(accountId), null)) {
            releaseSandbox();
            keyId = direct.createKey(r -> r.description("before the kill")).keyMetadata().keyId();
        }
        assertThat(owner(accountId)).isEqualTo(ClusterFixture.cookieOf(victim));
        SdkBytes before = learnerKms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("kept")))
                .ciphertextBlob();
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

        // The learner's tab was on the dead instance: it comes back on another one, says so, and is still in class.
        PlaywrightAssertions.assertThat(learner.getByText("Reconnected.", new Page.GetByTextOptions().setExact(false)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        PlaywrightAssertions.assertThat(learner.getByRole(AriaRole.REGION, named("Live class"))).containsText("Class ");
        shot(learner, "cluster-learner-reconnected");
        instructor.getByRole(AriaRole.BUTTON, named("Next step")).click();
        PlaywrightAssertions.assertThat(stepLine(learner)).containsText("Step 3 of 10");
        PlaywrightAssertions.assertThat(instructor.getByLabel("Learners")).containsText("Ana");
    }

    /**
     * Asks the owner of the learner's sandbox to let go (the hand-over message a browser session sends), and waits
     * until it has: the next call, made directly on the instance of the caller's choice, takes the sandbox over.
     */
    private void releaseSandbox() throws Exception {
        try (Connection c = ClusterFixture.database()) {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_notify('kmslab', ?)")) {
                s.setString(1, "release|" + accountId);
                s.execute();
            }
            for (int i = 0; i < 100; i++) {
                try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sandbox_owner WHERE account_id = ?")) {
                    s.setString(1, accountId);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            return;
                        }
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("The owner of " + accountId + " did not let go");
    }

    private Page pageOn(int index) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(60_000);
        context.addCookies(List.of(new Cookie("KMSLAB_NODE", ClusterFixture.cookieOf(index))
                .setUrl(cluster.balancer())));
        return context.newPage();
    }

    private static Locator stepLine(Page page) {
        return page.getByText(Pattern.compile("^Step \\d+ of \\d+"));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
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
