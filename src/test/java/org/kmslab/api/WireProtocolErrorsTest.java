package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.EngineEvent;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-made HTTP requests that no SDK would send: each gets an AWS-shaped JSON error (never a 500 or an HTML page),
 * and none of them changes the sandbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WireProtocolErrorsTest {

    private static final String JSON_11 = "application/x-amz-json-1.1";
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger events = new AtomicInteger();
    private final Consumer<EngineEvent> counter = e -> events.incrementAndGet();

    @LocalServerPort
    private int port;

    @Autowired
    private SandboxService sandboxes;

    private Sandbox sandbox;

    @BeforeEach
    void listen() {
        sandbox = sandboxes.defaultSandbox();
        sandbox.addListener(counter);
    }

    @AfterEach
    void stopListening() {
        sandbox.removeListener(counter);
    }

    private HttpResponse<String> post(String target, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Content-Type", JSON_11).POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awsError(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith(JSON_11));
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("__type").asString()).isEqualTo(type);
        assertThat(events).as("the engine was not called").hasValue(0);
        return body;
    }

    @Test
    void an_unknown_target_is_an_unknown_operation_exception() throws Exception {
        JsonNode body = awsError(post("TrentService.MakeCoffee", "{}"), 400, "UnknownOperationException");
        assertThat(body.get("message").asString()).contains("MakeCoffee");
        awsError(post("DynamoDB_20120810.ListTables", "{}"), 400, "UnknownOperationException");
    }

    @Test
    void a_missing_target_header_is_an_unknown_operation_exception() throws Exception {
        awsError(post(null, "{}"), 400, "UnknownOperationException");
    }

    @Test
    void malformed_json_is_a_serialization_exception() throws Exception {
        JsonNode body = awsError(post("TrentService.CreateKey", "{\"Description\": "), 400, "SerializationException");
        assertThat(body.get("message").asString()).contains("not valid JSON");
    }

    @Test
    void bad_base64_is_a_serialization_exception() throws Exception {
        JsonNode body = awsError(post("TrentService.Encrypt", "{\"KeyId\":\"alias/x\",\"Plaintext\":\"%%%\"}"),
                400, "SerializationException");
        assertThat(body.get("message").asString()).isEqualTo("Value of member 'Plaintext' is not valid base64.");
    }

    @Test
    void a_wrong_member_type_is_a_serialization_exception() throws Exception {
        JsonNode body = awsError(post("TrentService.ListKeys", "{\"Limit\":\"ten\"}"), 400, "SerializationException");
        assertThat(body.get("message").asString()).isEqualTo("Value of member 'Limit' must be an integer, not a string.");
        awsError(post("TrentService.CreateKey", "{\"Tags\":\"x\"}"), 400, "SerializationException");
    }

    @Test
    void a_body_over_one_mebibyte_is_refused_without_reading_it() throws Exception {
        String huge = "{\"Description\":\"" + "a".repeat(KmsWireFilter.MAX_BODY_BYTES) + "\"}";
        awsError(post("TrentService.CreateKey", huge), 413, "RequestEntityTooLargeException");
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_too() throws Exception {
        InputStreamSupplier endless = new InputStreamSupplier(KmsWireFilter.MAX_BODY_BYTES + 10);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Content-Type", JSON_11).header("X-Amz-Target", "TrentService.CreateKey")
                .POST(HttpRequest.BodyPublishers.ofInputStream(endless)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedEarly) {
            return; // the server may close the connection before the client finishes sending: also a refusal
        }
        awsError(response, 413, "RequestEntityTooLargeException");
    }

    @Test
    void a_get_with_the_target_header_is_an_aws_error_not_a_vaadin_page() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("X-Amz-Target", "TrentService.ListKeys").GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = awsError(response, 400, "UnknownOperationException");
        assertThat(body.get("message").asString()).contains("POST");
    }

    @Test
    void any_path_is_served_as_the_sdks_send_to_the_endpoint_they_are_given() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/some/prefix")).header("Content-Type", JSON_11)
                .header("X-Amz-Target", "TrentService.ListKeys").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).has("Keys")).isTrue();
    }

    @Test
    void a_post_to_a_path_that_is_no_kms_operation_is_a_json_404_not_the_app_page() throws Exception {
        for (String path : java.util.List.of("/", "/some/prefix", "/lessons")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).doesNotContainIgnoringCase("<html");
            awsError(response, 404, "UnknownOperationException");
        }
    }

    @Test
    void pages_without_the_target_header_are_still_vaadins() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("<html");
    }

    /** An input stream of {@code size} bytes of JSON-ish text, produced lazily. */
    private static final class InputStreamSupplier implements java.util.function.Supplier<InputStream> {
        private final long size;

        InputStreamSupplier(long size) {
            this.size = size;
        }

        @Override
        public InputStream get() {
            return new InputStream() {
                private long left = size;

                @Override
                public int read() {
                    return left-- > 0 ? 'a' : -1;
                }
            };
        }
    }
}
