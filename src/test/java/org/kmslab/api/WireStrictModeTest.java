package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Strict mode, for a shared server: only verified SigV4 signatures by issued credentials get through. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kmslab.mode=strict")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireStrictModeTest {

    @LocalServerPort
    private int port;

    private SandboxApi api;
    private JsonNode sandbox;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void createSandbox() throws Exception {
        api = new SandboxApi(port);
        sandbox = api.create();
    }

    private String keyId() {
        return sandbox.get("accessKeyId").asString();
    }

    private String secret() {
        return sandbox.get("secretAccessKey").asString();
    }

    private static void assertAwsError(Throwable thrown, String type, String message) {
        assertThat(thrown).isInstanceOfSatisfying(KmsException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(type);
            assertThat(e.awsErrorDetails().errorMessage()).startsWith(message);
        });
    }

    @Test
    void a_good_signature_by_issued_credentials_is_served() {
        try (KmsClient kms = WireClients.client(port, "us-east-1", keyId(), secret())) {
            String key = kms.createKey(r -> r.description("strict")).keyMetadata().arn();
            assertThat(key).contains(":" + sandbox.get("accountId").asString() + ":key/");
            SdkBytes blob = kms.encrypt(r -> r.keyId(key).plaintext(SdkBytes.fromUtf8String("ok"))).ciphertextBlob();
            assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asUtf8String()).isEqualTo("ok");
        }
    }

    @Test
    void a_bad_signature_is_an_invalid_signature_exception_with_aws_message() {
        try (KmsClient kms = WireClients.client(port, "us-east-1", keyId(), wrongSecret())) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> kms.listKeys());
            assertAwsError(thrown, "InvalidSignatureException", WireAuthenticator.BAD_SIGNATURE);
        }
    }

    @Test
    void credentials_nobody_issued_are_an_unrecognized_client_exception() {
        try (KmsClient kms = WireClients.anonymous(port, "us-east-1")) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> kms.listKeys());
            assertAwsError(thrown, "UnrecognizedClientException",
                    "The security token included in the request is invalid.");
        }
    }

    @Test
    void an_unsigned_request_is_missing_its_authentication_token() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", "TrentService.ListKeys")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("__type").asString())
                .isEqualTo("MissingAuthenticationTokenException");
    }

    @Test
    void a_signature_older_than_fifteen_minutes_has_expired() throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/");
        Map<String, String> headers = Map.of("Content-Type", "application/x-amz-json-1.1",
                "X-Amz-Target", "TrentService.ListKeys");
        SdkSigner.Signed signed = SdkSigner.sign("POST", uri, headers, "{}", keyId(), secret(), "us-east-1",
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20)));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}"));
        signed.applyTo(request);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("__type").asString()).isEqualTo("InvalidSignatureException");
        assertThat(body.get("message").asString()).startsWith("Signature expired: ");
    }

    @Test
    void a_region_that_does_not_exist_is_refused_before_an_engine_is_made() {
        try (KmsClient kms = WireClients.client(port, "mars-north-1", keyId(), secret())) {
            assertThatThrownBy(kms::listKeys).isInstanceOfSatisfying(KmsException.class, e -> assertThat(
                    e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException"));
        }
    }

    @Test
    void reset_requires_a_signature_and_resets_the_signers_sandbox() throws Exception {
        assertThat(api.reset(null, null).statusCode()).isEqualTo(403);
        assertThat(api.reset(keyId(), wrongSecret()).statusCode()).isEqualTo(403);
        HttpResponse<String> response = api.reset(keyId(), secret());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains(sandbox.get("accountId").asString());
    }

    /** The right secret with its first character changed: always wrong, whatever the secret is. */
    private String wrongSecret() {
        return (secret().charAt(0) == 'x' ? "y" : "x") + secret().substring(1);
    }
}
