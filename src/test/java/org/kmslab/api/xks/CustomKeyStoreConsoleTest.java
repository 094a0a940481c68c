package org.kmslab.api.xks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.sandbox.console.AwsCliConsole;
import org.kmslab.sandbox.console.ConsoleResult;
import tools.jackson.databind.JsonNode;

/** Both kinds of custom key store driven from the console, as a learner types them in the lesson. */
class CustomKeyStoreConsoleTest {

    private final InProcessXksProxy proxy = new InProcessXksProxy();
    private final SandboxService service = new SandboxService("111122223333", "us-east-1");
    private final Sandbox sandbox = service.defaultSandbox();
    private final AwsCliConsole console;

    CustomKeyStoreConsoleTest() {
        service.externalKeyStores(proxy);
        console = new AwsCliConsole(new KmsGateway(), sandbox);
        console.workspace().write("hello.txt", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        proxy.destroy();
    }

    private JsonNode ok(String line) {
        ConsoleResult r = console.run(line);
        assertThat(r.ok()).as(line + "\n" + r.output()).isTrue();
        return r.result();
    }

    @Test
    void a_cloudhsm_key_store_from_cluster_to_ciphertext() {
        String cluster = ok("lab cloudhsm create-cluster --kmsuser-password kmsuserPass1").path("ClusterId")
                .asString();
        String store = ok("aws kms create-custom-key-store --custom-key-store-name ExampleHsmStore "
                + "--cloud-hsm-cluster-id " + cluster + " --trust-anchor-certificate file://customerCA.crt "
                + "--key-store-password kmsuserPass1").path("CustomKeyStoreId").asString();
        ok("aws kms connect-custom-key-store --custom-key-store-id " + store);
        sandbox.advanceClock(Duration.ofMinutes(20));
        assertThat(ok("aws kms describe-custom-key-stores --custom-key-store-id " + store)
                .path("CustomKeyStores").get(0).path("ConnectionState").asString()).isEqualTo("CONNECTED");
        String key = ok("aws kms create-key --origin AWS_CLOUDHSM --custom-key-store-id " + store)
                .path("KeyMetadata").path("KeyId").asString();
        String blob = ok("aws kms encrypt --key-id " + key + " --plaintext fileb://hello.txt").path("CiphertextBlob").asString();
        assertThat(ok("lab cloudhsm describe-clusters").path("Clusters").get(0).path("KeyLabels").get(0).asString())
                .isEqualTo(key);
        ok("aws kms disconnect-custom-key-store --custom-key-store-id " + store);
        ConsoleResult refused = console.run("aws kms decrypt --ciphertext-blob " + blob);
        assertThat(refused.errorType()).isEqualTo("KMSInvalidStateException");
    }

    @Test
    void an_external_key_store_through_the_in_process_proxy() {
        JsonNode p = ok("lab xks describe-proxy");
        String external = ok("lab xks create-key").path("KeyId").asString();
        String store = ok("aws kms create-custom-key-store --custom-key-store-name ExampleXks "
                + "--custom-key-store-type EXTERNAL_KEY_STORE --xks-proxy-connectivity PUBLIC_ENDPOINT "
                + "--xks-proxy-uri-endpoint " + p.path("XksProxyUriEndpoint").asString()
                + " --xks-proxy-uri-path " + p.path("XksProxyUriPath").asString()
                + " --xks-proxy-authentication-credential AccessKeyId=" + p.path("AccessKeyId").asString()
                + ",RawSecretAccessKey=" + p.path("RawSecretAccessKey").asString()).path("CustomKeyStoreId")
                .asString();
        ok("aws kms connect-custom-key-store --custom-key-store-id " + store);
        sandbox.advanceClock(Duration.ofMinutes(5));
        String key = ok("aws kms create-key --origin EXTERNAL_KEY_STORE --custom-key-store-id " + store
                + " --xks-key-id " + external).path("KeyMetadata").path("KeyId").asString();
        String blob = ok("aws kms encrypt --key-id " + key + " --plaintext fileb://hello.txt").path("CiphertextBlob").asString();
        ok("lab xks disable-key --key-id " + external);
        assertThat(console.run("aws kms decrypt --ciphertext-blob " + blob).errorType())
                .isEqualTo("KMSInvalidStateException");
        assertThat(ok("lab xks log").path("Requests").toString()).contains("\"KmsOperation\":\"Encrypt\"",
                "\"KmsOperation\":\"Decrypt\"");
    }
}
