package org.kmslab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web server's own defences, local mode: security headers on pages and wire answers, AWS-shaped JSON instead of
 * Tomcat's HTML for requests refused before any filter, a 100 MB body refused early whether declared or streamed,
 * AWS's per-field limits checked before the key is even looked up, and no throttling on a learner's own machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebHardeningTest {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    private HttpResponse<String> wire(String operation, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", "TrentService." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode error(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/x-amz-json-1.1"));
        return json.readTree(response.body());
    }

    @Test
    void pages_and_wire_answers_carry_the_security_headers() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> call = wire("ListKeys", "{}");
        for (HttpResponse<String> response : java.util.List.of(page, call)) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeadersFilter.CSP);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").doesNotContain("*");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void a_header_section_over_tomcats_limit_gets_json_not_an_html_page() throws Exception {
        RawHttp.Answer answer = RawHttp.post(port, Map.of("X-Amz-Target", "TrentService." + "A".repeat(20_000),
                "Content-Type", "application/x-amz-json-1.1"), "{}".getBytes(), 10_000);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("content-type")).startsWith("application/x-amz-json-1.1");
        assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat");
        assertThat(json.readTree(answer.body()).get("__type").asString()).isEqualTo("ValidationException");
    }

    @Test
    void a_declared_hundred_megabyte_body_is_refused_before_it_is_sent() throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("X-Amz-Target", "TrentService.Encrypt").header("Content-Type", "application/x-amz-json-1.1")
                    .POST(HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> endless(HUNDRED_MB)), HUNDRED_MB))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closedEarly) {
            return; // the server answered and closed before the client finished sending: refused early
        }
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response).get("__type").asString()).isEqualTo("RequestEntityTooLargeException");
        assertThat(Duration.between(start, Instant.now())).as("not read to the end").isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void a_streamed_hundred_megabyte_body_is_cut_off_at_the_limit() throws Exception {
        long before = usedHeap();
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("X-Amz-Target", "TrentService.Encrypt").header("Content-Type", "application/x-amz-json-1.1")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless(HUNDRED_MB))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(error(response).get("__type").asString()).isEqualTo("RequestEntityTooLargeException");
        } catch (java.io.IOException closedEarly) {
            // refused and closed mid-upload: also early
        }
        assertThat(usedHeap() - before).as("the body was not buffered").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aws_field_limits_are_checked_before_the_key_is_looked_up() throws Exception {
        String missingKey = "\"KeyId\":\"alias/does-not-exist\"";
        Map<String, String> oversized = Map.of(
                "Encrypt", "{" + missingKey + ",\"Plaintext\":\"" + base64(4097) + "\"}",
                "Decrypt", "{" + missingKey + ",\"CiphertextBlob\":\"" + base64(6145) + "\"}",
                "GenerateMac", "{" + missingKey + ",\"Message\":\"" + base64(4097) + "\",\"MacAlgorithm\":\"HMAC_SHA_256\"}",
                "Sign", "{" + missingKey + ",\"Message\":\"" + base64(4097) + "\",\"SigningAlgorithm\":\"ECDSA_SHA_256\"}",
                "GenerateDataKey", "{" + missingKey + ",\"NumberOfBytes\":1025}",
                "GenerateRandom", "{\"NumberOfBytes\":1025}",
                "CreateKey", "{\"Description\":\"" + "d".repeat(8193) + "\"}",
                "UpdateKeyDescription", "{" + missingKey + ",\"Description\":\"" + "d".repeat(8193) + "\"}",
                "DescribeKey", "{\"KeyId\":\"" + "k".repeat(2049) + "\"}",
                "CreateAlias", "{\"AliasName\":\"alias/" + "a".repeat(251) + "\",\"TargetKeyId\":\"x\"}");
        for (var e : oversized.entrySet()) {
            JsonNode body = error(wire(e.getKey(), e.getValue()));
            assertThat(body.get("__type").asString()).as(e.getKey()).isEqualTo("ValidationException");
            assertThat(body.get("message").asString()).as(e.getKey()).startsWith("1 validation error detected");
        }
    }

    @Test
    void local_mode_does_not_throttle_a_learner_on_their_own_machine() throws Exception {
        for (int i = 0; i < 12; i++) {
            assertThat(wire("CreateKey", "{\"Description\":\"burst " + i + "\"}").statusCode()).isEqualTo(200);
        }
    }

    private static String base64(int bytes) {
        return java.util.Base64.getEncoder().encodeToString(new byte[bytes]);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static InputStream endless(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
    }
}
