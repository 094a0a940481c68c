package org.kmslab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kmslab.api.SandboxApi;
import org.kmslab.api.SdkSigner;
import org.kmslab.ui.classroom.ClassroomService;
import org.kmslab.ui.classroom.LearnerTicket;
import org.kmslab.ui.classroom.NotInstructorException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A shared classroom server (strict mode) under attack by a curious learner: guessed key ARNs, other accounts' ids
 * in ARNs, credentials and signatures replayed from another sandbox, instructor actions without the secret, IAM
 * permissions a role does not have, and a flood of requests. Each is refused with AWS's error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kmslab.mode=strict", "kmslab.instructor-secret=teach-kms-safely"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictModeAttackTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ClassroomService classroom;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private JsonNode alice;
    private JsonNode bob;
    private KmsClient aliceKms;
    private KmsClient bobKms;

    @BeforeAll
    void twoLearners() throws Exception {
        SandboxApi api = new SandboxApi(port);
        alice = api.create();
        bob = api.create();
        aliceKms = client(alice, "admin");
        bobKms = client(bob, "admin");
    }

    @AfterAll
    void close() {
        aliceKms.close();
        bobKms.close();
    }

    /** An SDK client that does not retry, so a throttled call is seen as it was answered. */
    private KmsClient client(JsonNode sandbox, String profile) {
        return client(SandboxApi.credential(sandbox, profile, "accessKeyId"),
                SandboxApi.credential(sandbox, profile, "secretAccessKey"));
    }

    private KmsClient client(String accessKeyId, String secret) {
        return KmsClient.builder().endpointOverride(URI.create("http://localhost:" + port)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1))).build();
    }

    private static void assertAwsError(Throwable thrown, String type, String messageStart) {
        assertThat(thrown).isInstanceOfSatisfying(KmsException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(type);
            assertThat(e.awsErrorDetails().errorMessage()).startsWith(messageStart);
        });
    }

    @Test
    void guessed_key_arns_and_other_accounts_ids_are_not_found() {
        String aliceKey = aliceKms.createKey(r -> r.description("alice's")).keyMetadata().arn();
        aliceKms.createAlias(r -> r.aliasName("alias/alice").targetKeyId(aliceKey));
        String bobAccount = bob.get("accountId").asString();
        String guessed = "arn:aws:kms:us-east-1:" + bobAccount + ":key/" + UUID.randomUUID();
        assertAwsError(catchThrowable(() -> bobKms.describeKey(r -> r.keyId(guessed))), "NotFoundException",
                "Key '" + guessed + "' does not exist");
        for (String stolen : new String[] {aliceKey, aliceKey.replace("us-east-1", "eu-west-1"),
            aliceKey.substring(aliceKey.lastIndexOf('/') + 1),
            aliceKey.replace(":key/", ":alias/").replaceAll("alias/.*", "alias/alice"), "alias/alice"}) {
            assertAwsError(catchThrowable(() -> bobKms.encrypt(r -> r.keyId(stolen)
                    .plaintext(software.amazon.awssdk.core.SdkBytes.fromUtf8String("x")))), "NotFoundException", "");
        }
        String otherAccountInArn = aliceKey.replace(alice.get("accountId").asString(), bobAccount);
        assertAwsError(catchThrowable(() -> bobKms.describeKey(r -> r.keyId(otherAccountInArn))),
                "NotFoundException", "Key '" + otherAccountInArn + "' does not exist");
    }

    @Test
    void another_sandboxes_access_key_with_your_own_secret_is_an_invalid_signature() {
        try (KmsClient forged = client(alice.get("accessKeyId").asString(), bob.get("secretAccessKey").asString())) {
            assertAwsError(catchThrowable(forged::listKeys), "InvalidSignatureException",
                    "The request signature we calculated does not match");
        }
    }

    @Test
    void a_signature_replayed_onto_another_body_or_another_key_id_is_refused() throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/");
        Map<String, String> headers = Map.of("Content-Type", "application/x-amz-json-1.1",
                "X-Amz-Target", "TrentService.ListKeys");
        SdkSigner.Signed signed = SdkSigner.sign("POST", uri, headers, "{}", alice.get("accessKeyId").asString(),
                alice.get("secretAccessKey").asString(), "us-east-1", Clock.systemUTC());

        HttpResponse<String> replayedAsIs = send(uri, signed, "TrentService.ListKeys", "{}");
        assertThat(replayedAsIs.statusCode()).as("AWS too accepts a replay within the 15-minute window").isEqualTo(200);

        HttpResponse<String> otherBody = send(uri, signed, "TrentService.ListKeys", "{\"Limit\":1}");
        assertThat(type(otherBody)).isEqualTo("InvalidSignatureException");
        HttpResponse<String> otherOperation = send(uri, signed, "TrentService.CreateKey", "{}");
        assertThat(type(otherOperation)).isEqualTo("InvalidSignatureException");

        String bobKeyId = bob.get("accessKeyId").asString();
        HttpRequest.Builder swapped = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}"));
        signed.headers().forEach((name, values) -> {
            if (!name.equals("host")) {
                values.forEach(v -> swapped.header(name, name.equals("authorization")
                        ? v.replace(alice.get("accessKeyId").asString(), bobKeyId) : v));
            }
        });
        assertThat(type(http.send(swapped.build(), HttpResponse.BodyHandlers.ofString())))
                .isEqualTo("InvalidSignatureException");
    }

    private HttpResponse<String> send(URI uri, SdkSigner.Signed signed, String target, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        signed.headers().forEach((name, values) -> {
            if (!name.equals("host") && !name.equals("x-amz-target")) {
                values.forEach(v -> request.header(name, v));
            }
        });
        request.header("X-Amz-Target", target);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String type(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json.readTree(response.body()).get("__type").asString();
    }

    @Test
    void a_role_without_iam_permission_cannot_create_keys_or_use_the_admins() {
        String adminKey = aliceKms.createKey(r -> r.description("admin's")).keyMetadata().arn();
        try (KmsClient developer = client(alice, "developer")) {
            String developerArn = SandboxApi.credential(alice, "developer", "arn");
            assertAwsError(catchThrowable(() -> developer.createKey(r -> r.description("mine"))),
                    "AccessDeniedException", "User: " + developerArn + " is not authorized to perform: kms:CreateKey "
                            + "on resource: * because no identity-based policy allows the kms:CreateKey action");
            assertAwsError(catchThrowable(() -> developer.encrypt(r -> r.keyId(adminKey)
                    .plaintext(software.amazon.awssdk.core.SdkBytes.fromUtf8String("x")))), "AccessDeniedException",
                    "User: " + developerArn + " is not authorized to perform: kms:Encrypt");
            assertAwsError(catchThrowable(() -> developer.scheduleKeyDeletion(r -> r.keyId(adminKey))),
                    "AccessDeniedException", "User: " + developerArn);
        }
        assertThat(aliceKms.describeKey(r -> r.keyId(adminKey)).keyMetadata().keyStateAsString()).isEqualTo("Enabled");
    }

    @Test
    void strict_mode_throttles_at_aws_default_quotas_with_aws_message() {
        String key = bobKms.createKey(r -> r.origin("EXTERNAL")).keyMetadata().keyId();
        bobKms.getParametersForImport(r -> r.keyId(key).wrappingAlgorithm("RSAES_OAEP_SHA_256")
                .wrappingKeySpec("RSA_2048"));
        assertAwsError(catchThrowable(() -> bobKms.getParametersForImport(r -> r.keyId(key)
                .wrappingAlgorithm("RSAES_OAEP_SHA_256").wrappingKeySpec("RSA_2048"))), "ThrottlingException",
                "You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.");
        // Quotas are per account: Alice is not slowed down by Bob.
        String aliceKey = aliceKms.createKey(r -> r.origin("EXTERNAL")).keyMetadata().keyId();
        assertThat(aliceKms.getParametersForImport(r -> r.keyId(aliceKey).wrappingAlgorithm("RSAES_OAEP_SHA_256")
                .wrappingKeySpec("RSA_2048")).importToken()).isNotNull();
    }

    @Test
    void a_learner_cannot_act_as_the_instructor() {
        classroom.start("teach-kms-safely");
        LearnerTicket ticket = classroom.join(classroom.current("teach-kms-safely").orElseThrow().code(), "Mallory");
        for (String guess : new String[] {null, "", ticket.token(), ticket.code(), "TEACH-KMS-SAFELY",
            "teach-kms-safel", "teach-kms-safely\u0000"}) {
            assertThatThrownBy(() -> classroom.moveTo(guess, "plaintext-vs-ciphertext", 0))
                    .isInstanceOf(NotInstructorException.class);
            assertThatThrownBy(() -> classroom.dashboard(guess)).isInstanceOf(NotInstructorException.class);
            assertThatThrownBy(() -> classroom.end(guess)).isInstanceOf(NotInstructorException.class);
            assertThatThrownBy(() -> classroom.start(guess)).isInstanceOf(NotInstructorException.class);
        }
        assertThat(classroom.inClass(ticket)).isTrue();
        classroom.end("teach-kms-safely");
    }
}
