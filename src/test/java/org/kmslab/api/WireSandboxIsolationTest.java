package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kmslab.engine.EngineEvent;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import tools.jackson.databind.JsonNode;

/** Two sandboxes made through {@code POST /api/sandboxes} see nothing of each other. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireSandboxIsolationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SandboxService sandboxes;

    private SandboxApi api;
    private JsonNode alice;
    private JsonNode bob;
    private KmsClient aliceKms;
    private KmsClient bobKms;

    @BeforeAll
    void twoSandboxes() throws Exception {
        api = new SandboxApi(port);
        alice = api.create();
        bob = api.create();
        aliceKms = WireClients.client(port, "us-east-1", alice.get("accessKeyId").asString(),
                alice.get("secretAccessKey").asString());
        bobKms = WireClients.client(port, "us-east-1", bob.get("accessKeyId").asString(),
                bob.get("secretAccessKey").asString());
    }

    @AfterAll
    void close() {
        aliceKms.close();
        bobKms.close();
    }

    @Test
    void a_new_sandbox_has_its_own_account_and_three_principals_with_aws_shaped_keys() {
        assertThat(alice.get("accountId").asString()).matches("\\d{12}").isNotEqualTo(bob.get("accountId").asString());
        assertThat(alice.get("region").asString()).isEqualTo("us-east-1");
        assertThat(alice.get("accessKeyId").asString()).matches("AKIA[A-Z0-9]{16}");
        assertThat(alice.get("secretAccessKey").asString()).hasSize(40);
        assertThat(alice.get("principals")).extracting(p -> p.get("arn").asString()).containsExactly(
                "arn:aws:iam::" + alice.get("accountId").asString() + ":role/Admin",
                "arn:aws:iam::" + alice.get("accountId").asString() + ":role/Developer",
                "arn:aws:iam::" + alice.get("accountId").asString() + ":role/App");
    }

    @Test
    void keys_aliases_and_ciphertexts_of_one_sandbox_are_invisible_to_another() {
        var key = aliceKms.createKey(r -> r.description("alice's")).keyMetadata();
        aliceKms.createAlias(r -> r.aliasName("alias/alice-secret").targetKeyId(key.keyId()));
        SdkBytes blob = aliceKms.encrypt(r -> r.keyId(key.keyId()).plaintext(SdkBytes.fromUtf8String("diary")))
                .ciphertextBlob();

        assertThat(bobKms.listKeys(r -> r.limit(1000)).keys()).noneMatch(k -> k.keyId().equals(key.keyId()));
        assertThat(bobKms.listAliases(r -> r.limit(100)).aliases())
                .noneMatch(a -> a.aliasName().equals("alias/alice-secret"));
        assertThatThrownBy(() -> bobKms.describeKey(r -> r.keyId(key.keyId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bobKms.describeKey(r -> r.keyId(key.arn()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bobKms.describeKey(r -> r.keyId("alias/alice-secret")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bobKms.encrypt(r -> r.keyId("alias/alice-secret")
                .plaintext(SdkBytes.fromUtf8String("x")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bobKms.decrypt(r -> r.ciphertextBlob(blob)))
                .isInstanceOfSatisfying(KmsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .startsWith("The ciphertext refers to a customer master key that does not exist");
                });

        assertThat(aliceKms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asUtf8String()).isEqualTo("diary");
    }

    @Test
    void each_principal_calls_as_its_own_role() throws Exception {
        Sandbox sandbox = sandboxes.find(alice.get("accountId").asString()).orElseThrow();
        List<EngineEvent> events = new CopyOnWriteArrayList<>();
        Consumer<EngineEvent> listener = events::add;
        sandbox.addListener(listener);
        try (KmsClient developer = WireClients.client(port, "us-east-1",
                SandboxApi.credential(alice, "developer", "accessKeyId"),
                SandboxApi.credential(alice, "developer", "secretAccessKey"))) {
            developer.listKeys();
        } finally {
            sandbox.removeListener(listener);
        }
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventName()).isEqualTo("ListKeys");
            assertThat(e.caller().principalArn()).isEqualTo(sandbox.principal("Developer").orElseThrow().arn());
            assertThat(e.caller().userAgent()).contains("aws-sdk-java");
            assertThat(e.caller().sourceIpAddress()).isNotBlank();
        });
    }

    @Test
    void resetting_one_sandbox_empties_it_and_leaves_the_other_alone() throws Exception {
        JsonNode carol = api.create();
        try (KmsClient carolKms = WireClients.client(port, "us-east-1", carol.get("accessKeyId").asString(),
                carol.get("secretAccessKey").asString())) {
            carolKms.createKey(r -> r.description("carol's"));
            String aliceKey = aliceKms.createKey(r -> r.description("kept")).keyMetadata().keyId();
            var response = api.reset(carol.get("accessKeyId").asString(), carol.get("secretAccessKey").asString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains(carol.get("accountId").asString());
            assertThat(carolKms.listKeys().keys()).isEmpty();
            assertThat(carolKms.createKey(r -> r.description("after reset")).keyMetadata().keyId()).isNotBlank();
            assertThat(aliceKms.describeKey(r -> r.keyId(aliceKey)).keyMetadata().keyId()).isEqualTo(aliceKey);
        }
    }

    @Test
    void sandbox_listeners_survive_a_reset() {
        Sandbox sandbox = sandboxes.create();
        List<EngineEvent> events = new CopyOnWriteArrayList<>();
        AtomicCounter resets = new AtomicCounter();
        sandbox.addListener(events::add);
        sandbox.addResetListener(resets::increment);
        var admin = sandbox.administrator(org.kmslab.engine.CallSource.CONSOLE);
        sandbox.engine().createKey(admin, org.kmslab.engine.api.CreateKeyRequest.symmetric());
        sandbox.reset();
        sandbox.engine().createKey(admin, org.kmslab.engine.api.CreateKeyRequest.symmetric());
        sandbox.engine("eu-west-1").listKeys(admin, new org.kmslab.engine.api.ListKeysRequest(null, null));
        assertThat(events).extracting(EngineEvent::eventName).containsExactly("CreateKey", "CreateKey", "ListKeys");
        assertThat(resets.value).isEqualTo(1);
    }

    private static final class AtomicCounter {
        private volatile int value;

        synchronized void increment() {
            value++;
        }
    }
}
