package org.kmslab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Randomized wire fuzzing: random and mutated requests for every operation, sent over a real socket to the
 * running app. Every answer is AWS's: a 200 with a JSON result, or a 400 {@code {"__type":"...Exception"}} (413 only
 * for a body over the 1 MiB limit); never a 5xx, an HTML page or a hang. Every refused call leaves the sandbox as it
 * was, and read-only calls leave it so even when they succeed.
 *
 * <p>The number of cases is {@code -Dkmslab.fuzz.cases} (1,000 in the suite); the long run in
 * {@code docs/security.md} raises it on the command line. Every case draws from its own {@link Random}, seeded from
 * {@code -Dkmslab.fuzz.seed} (random when unset), and a failure names the seed and the case, so it can be replayed.
 * Figures of each run are written to {@code target/fuzz-report.txt}.
 */
class WireFuzzTest {

    private static final Set<String> READ_ONLY = Set.of("DescribeKey", "GetKeyPolicy", "GetKeyRotationStatus",
            "GetPublicKey", "ListAliases", "ListGrants", "ListKeyPolicies", "ListKeyRotations", "ListKeys",
            "ListResourceTags", "ListRetirableGrants", "Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey",
            "GenerateDataKeyWithoutPlaintext", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext",
            "GenerateRandom", "GenerateMac", "VerifyMac", "Sign", "Verify", "GetKeyLastUsage", "DeriveSharedSecret",
            "DescribeCustomKeyStores");
    /**
     * Read-only calls that, when they succeed, update the key's GetKeyLastUsage record (as on AWS): their refusals
     * must change nothing, their successes are undone like writes.
     */
    private static final Set<String> TRACKED_BY_LAST_USAGE = Set.of("Encrypt", "Decrypt", "ReEncrypt",
            "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "GenerateDataKeyPair",
            "GenerateDataKeyPairWithoutPlaintext", "GenerateMac", "VerifyMac", "Sign", "Verify", "DeriveSharedSecret");
    private static final int MAX_BODY = 1 << 20;
    /** The full canonical listing costs ~25 ms, so it runs every so many cases; the quick check runs on each. */
    private static final int FULL_SNAPSHOT_EVERY = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static FuzzTarget target;
    private static FuzzRequests requests;
    private static final SortedMap<String, AtomicLong> outcomes = new ConcurrentSkipListMap<>();
    private static final AtomicLong cases = new AtomicLong();
    private static Instant started;

    private static final int CASES = Integer.getInteger("kmslab.fuzz.cases", 1_000);

    @BeforeAll
    static void start() throws Exception {
        target = FuzzTarget.get();
        requests = new FuzzRequests(target.values);
        started = Instant.now();
    }

    @AfterAll
    static void stop() throws IOException {
        report(true);
        FuzzTarget.stop();
    }

    /** Writes the figures so far (a long run leaves them behind even when it is stopped early). */
    static synchronized void report(boolean finished) throws IOException {
        if (started == null) {
            return; // the app never started; its error is the container's failure
        }
        Duration took = Duration.between(started, Instant.now());
        StringBuilder out = new StringBuilder("finished=" + finished + " cases=" + cases.get() + " seconds="
                + took.toSeconds()
                + " outcomes=" + outcomes.size() + "\n");
        outcomes.forEach((k, v) -> out.append(k).append(' ').append(v.get()).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-report.txt"), out);
    }

    @Test
    void every_supported_operation_is_fuzzed() {
        assertThat(FuzzRequests.TEMPLATES.keySet())
                .containsExactlyInAnyOrderElementsOf(target.app.getBean(KmsGateway.class).operations());
    }

    @Test
    void the_unmutated_templates_reach_success_paths() throws Exception {
        long successes = 0;
        for (var e : FuzzRequests.TEMPLATES.entrySet()) {
            for (String template : e.getValue()) {
                RawHttp.Answer answer = send("TrentService." + e.getKey(),
                        requests.fill(template).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                successes += answer.status() == 200 ? 1 : 0;
                target.restore();
            }
        }
        assertThat(successes).as("most templates are valid requests").isGreaterThan(45);
    }

    @Test
    void every_answer_is_aws_shaped_and_refusals_change_nothing() throws Exception {
        long seed = Long.getLong("kmslab.fuzz.seed", new java.security.SecureRandom().nextLong());
        Random seeds = new Random(seed);
        List<String> operations = List.copyOf(FuzzRequests.TEMPLATES.keySet());
        for (int i = 0; i < CASES; i++) {
            Random random = new Random(seeds.nextLong());
            String operation = operations.get(random.nextInt(operations.size()));
            int mutations = random.nextInt(4);
            try {
                fuzzOne(operation, mutations, random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("fuzz case " + i + " of -Dkmslab.fuzz.seed=" + seed + " failed", e);
            }
        }
    }

    private void fuzzOne(String operation, int mutations, Random random) throws Exception {
        FuzzRequests.Attack attack = requests.attack(operation, mutations, random);
        List<String> regionsBefore = target.sandbox.activeRegions();
        int sandboxesBefore = target.sandboxes.all().size();

        long t0 = System.nanoTime();
        RawHttp.Answer answer = send(attack.target(), attack.body());
        long t1 = System.nanoTime();
        timing("send " + attack.operation(), t1 - t0);
        if (cases.incrementAndGet() % 5_000 == 0) {
            report(false);
        }

        String outcome = checkAwsShaped(answer, attack);
        assertThat(target.errors).as("nothing logged at ERROR (e.g. a lost audit record) by %s", attack).isEmpty();
        outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();

        boolean refused = answer.status() != 200;
        // DescribeKey (and the like) on a predefined alias/aws/<service> creates that AWS managed key, as on AWS.
        boolean createsManagedKey = new String(attack.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("alias/aws/");
        if (refused || READ_ONLY.contains(attack.operation()) && !createsManagedKey
                && !TRACKED_BY_LAST_USAGE.contains(attack.operation())) {
            long t2 = System.nanoTime();
            assertThat(target.quick()).as("sandbox unchanged by %s", attack).isEqualTo(target.baselineQuick);
            if (cases.get() % FULL_SNAPSHOT_EVERY == 0) {
                assertThat(EngineSnapshot.of(target.engine(), target.root)).as("sandbox unchanged by %s", attack)
                        .isEqualTo(target.baselineSnapshot);
            }
            timing("check", System.nanoTime() - t2);
            assertThat(target.sandbox.activeRegions()).isEqualTo(regionsBefore);
            assertThat(target.sandboxes.all()).hasSize(sandboxesBefore);
        } else {
            long t2 = System.nanoTime();
            target.restore();
            timing("restore", System.nanoTime() - t2);
        }
    }

    private static void timing(String what, long nanos) {
        outcomes.computeIfAbsent("ms " + what, k -> new AtomicLong()).addAndGet(nanos / 1_000_000);
    }

    private static String checkAwsShaped(RawHttp.Answer answer, FuzzRequests.Attack attack) {
        assertThat(answer.status()).as("status of %s: %s", attack, answer.body()).isIn(200, 400, 413);
        if (answer.status() == 413) {
            assertThat(attack.body().length).as("413 only for an oversized body").isGreaterThan(MAX_BODY);
        }
        assertThat(answer.header("content-type")).as("content type of %s", attack)
                .startsWith(GatewayResponse.CONTENT_TYPE);
        assertThat(answer.header("x-amzn-requestid")).isNotBlank();
        assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("Exception:")
                .doesNotContain("\tat ");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.isObject()).as(answer.body()).isTrue();
        if (answer.status() == 200) {
            assertThat(body.has("__type")).isFalse();
            return "200 " + attack.operation();
        }
        String type = body.get("__type").asString();
        assertThat(type).matches("[A-Za-z]+Exception");
        assertThat(body.propertyNames()).isSubsetOf("__type", "message", "Message");
        return answer.status() + " " + type;
    }

    private static RawHttp.Answer send(String xAmzTarget, byte[] body) throws IOException {
        String scope = target.accessKeyId + "/20250101/" + FuzzTarget.REGION + "/kms/aws4_request";
        return RawHttp.post(target.port, Map.of(
                "Content-Type", "application/x-amz-json-1.1",
                "X-Amz-Target", xAmzTarget.replace('\r', ' ').replace('\n', ' '),
                "Authorization", "AWS4-HMAC-SHA256 Credential=" + scope
                        + ", SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64),
                "X-Amz-Date", "20250101T000000Z"), body, 30_000);
    }
}
