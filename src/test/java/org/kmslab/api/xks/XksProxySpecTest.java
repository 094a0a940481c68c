package org.kmslab.api.xks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmslab.sandbox.ExternalKeyStores;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-process proxy called as the XKS Proxy API specification says a client calls it: JSON POSTs over HTTP, signed
 * by the AWS SDK's own SigV4 signer (service {@code kms-xks-proxy}) with the proxy's credential. Nothing here uses
 * KMS Lab's client or signer, so the proxy is checked against the spec, not against itself.
 */
class XksProxySpecTest {

    private static final String ACCOUNT = "123456789012";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static InProcessXksProxy proxy;
    private static ExternalKeyStores.Tenant tenant;
    private static String keyId;

    @BeforeAll
    static void start() {
        proxy = new InProcessXksProxy();
        keyId = proxy.createKey(ACCOUNT).keyId();
        tenant = proxy.tenant(ACCOUNT);
    }

    @AfterAll
    static void stop() {
        proxy.destroy();
    }

    private record Answer(int status, JsonNode body) {
    }

    private static Answer post(String suffix, String json, String secret) throws IOException, InterruptedException {
        URI uri = URI.create(tenant.uriEndpoint() + tenant.uriPath() + suffix);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("Content-Type", "application/json").build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(tenant.accessKeyId(), secret))
                .request(unsigned).payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "kms-xks-proxy")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(v -> b.header(name, v));
            }
        });
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), JSON.readTree(r.body()));
    }

    private static Answer post(String suffix, String json) throws IOException, InterruptedException {
        return post(suffix, json, tenant.secretAccessKey());
    }

    private static String meta(String operation) {
        return "\"requestMetadata\":{\"awsPrincipalArn\":\"arn:aws:iam::" + ACCOUNT + ":user/Alice\","
                + "\"kmsKeyArn\":\"arn:aws:kms:us-east-1:" + ACCOUNT + ":key/k\",\"kmsOperation\":\"" + operation
                + "\",\"kmsRequestId\":\"4112f4d6-db54-4af4-ae30-c55a22a8dfae\"}";
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void get_health_status_answers_with_the_fleet() throws Exception {
        Answer a = post("/health", "{\"requestMetadata\":{\"kmsRequestId\":\"r1\",\"kmsOperation\":\"KmsHealthCheck\"}}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("xksProxyFleetSize").asInt()).isPositive();
        assertThat(a.body().path("ekmFleetDetails").get(0).path("healthStatus").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void get_key_metadata_describes_an_enabled_aes_256_key() throws Exception {
        Answer a = post("/keys/" + keyId + "/metadata", "{" + meta("DescribeKey") + "}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("keySpec").asString()).isEqualTo("AES_256");
        assertThat(a.body().path("keyUsage").toString()).contains("ENCRYPT", "DECRYPT");
        assertThat(a.body().path("keyStatus").asString()).isEqualTo("ENABLED");
    }

    @Test
    void encrypt_then_decrypt_round_trips_with_aad_and_a_correct_cdiv() throws Exception {
        String aad = b64("project=nile,department=marketing");
        Answer e = post("/keys/" + keyId + "/encrypt", "{" + meta("Encrypt") + ",\"additionalAuthenticatedData\":\""
                + aad + "\",\"plaintext\":\"" + b64("Hello World!") + "\",\"encryptionAlgorithm\":\"AES_GCM\","
                + "\"ciphertextDataIntegrityValueAlgorithm\":\"SHA_256\"}");
        assertThat(e.status()).isEqualTo(200);
        JsonNode r = e.body();
        assertThat(Base64.getDecoder().decode(r.path("ciphertext").asString())).hasSize(12);
        assertThat(Base64.getDecoder().decode(r.path("initializationVector").asString())).hasSize(12);
        assertThat(Base64.getDecoder().decode(r.path("authenticationTag").asString())).hasSize(16);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String part : List.of(aad, r.path("ciphertextMetadata").asString(),
                r.path("initializationVector").asString(), r.path("ciphertext").asString(),
                r.path("authenticationTag").asString())) {
            sha.update(Base64.getDecoder().decode(part));
        }
        assertThat(r.path("ciphertextDataIntegrityValue").asString())
                .isEqualTo(Base64.getEncoder().encodeToString(sha.digest()));

        String decrypt = "{" + meta("Decrypt") + ",\"ciphertext\":\"" + r.path("ciphertext").asString()
                + "\",\"ciphertextMetadata\":\"" + r.path("ciphertextMetadata").asString()
                + "\",\"initializationVector\":\"" + r.path("initializationVector").asString()
                + "\",\"authenticationTag\":\"" + r.path("authenticationTag").asString()
                + "\",\"encryptionAlgorithm\":\"AES_GCM\",\"additionalAuthenticatedData\":\"%s\"}";
        Answer d = post("/keys/" + keyId + "/decrypt", decrypt.formatted(aad));
        assertThat(d.status()).isEqualTo(200);
        assertThat(new String(Base64.getDecoder().decode(d.body().path("plaintext").asString()),
                StandardCharsets.UTF_8)).isEqualTo("Hello World!");

        Answer wrongAad = post("/keys/" + keyId + "/decrypt", decrypt.formatted(b64("project=amazon")));
        assertThat(wrongAad.status()).isEqualTo(400);
        assertThat(wrongAad.body().path("errorName").asString()).isEqualTo("InvalidCiphertextException");
    }

    @Test
    void a_signature_made_with_another_secret_is_refused() throws Exception {
        Answer a = post("/health", "{\"requestMetadata\":{\"kmsRequestId\":\"r\",\"kmsOperation\":\"KmsHealthCheck\"}}",
                Base64.getEncoder().encodeToString(new byte[32]));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.body().path("errorName").asString()).isEqualTo("AuthenticationFailedException");
    }

    @Test
    void an_unsigned_request_and_a_get_are_refused() throws Exception {
        URI uri = URI.create(tenant.uriEndpoint() + tenant.uriPath() + "/health");
        HttpResponse<String> unsigned = HTTP.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers
                .ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void unknown_paths_keys_and_disabled_keys_get_the_spec_error_names() throws Exception {
        URI wrong = URI.create(tenant.uriEndpoint() + "/other/kms/xks/v1/health");
        HttpResponse<String> path = HTTP.send(HttpRequest.newBuilder(wrong).POST(HttpRequest.BodyPublishers
                .ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(path.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(path.body()).path("errorName").asString()).isEqualTo("InvalidUriPathException");

        Answer missing = post("/keys/no-such-key/metadata", "{" + meta("DescribeKey") + "}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("errorName").asString()).isEqualTo("KeyNotFoundException");

        String other = proxy.createKey(ACCOUNT).keyId();
        proxy.setKeyEnabled(ACCOUNT, other, false);
        Answer disabled = post("/keys/" + other + "/encrypt", "{" + meta("Encrypt") + ",\"plaintext\":\""
                + b64("x") + "\",\"encryptionAlgorithm\":\"AES_GCM\"}");
        assertThat(disabled.status()).isEqualTo(400);
        assertThat(disabled.body().path("errorName").asString()).isEqualTo("InvalidStateException");

        Answer noMetadata = post("/keys/" + keyId + "/encrypt", "{\"plaintext\":\"" + b64("x") + "\"}");
        assertThat(noMetadata.body().path("errorName").asString()).isEqualTo("ValidationException");
        assertThat(proxy.tenant(ACCOUNT).requests()).extracting(ExternalKeyStores.ProxyRequest::kmsRequestId)
                .contains("4112f4d6-db54-4af4-ae30-c55a22a8dfae");
    }
}
