package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.ConnectCustomKeyStoreRequest;
import org.kmslab.engine.api.CreateCustomKeyStoreRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DeleteCustomKeyStoreRequest;
import org.kmslab.engine.api.DescribeCustomKeyStoresRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.DisableKeyRequest;
import org.kmslab.engine.api.DisconnectCustomKeyStoreRequest;
import org.kmslab.engine.api.EnableKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.HsmClusterDescription;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.engine.api.UpdateCustomKeyStoreRequest;

/** CloudHSM key stores: the cluster holds the material, the clock moves the connection, disconnecting cuts keys off. */
class CloudHsmKeyStoreTest {

    private static final String PASSWORD = "kmsuser-Passw0rd";

    private final Fixture f = new Fixture();

    static org.assertj.core.api.ThrowingConsumer<Throwable> code(String awsError) {
        return t -> assertThat(((KmsException) t).errorCode()).isEqualTo(awsError);
    }

    private HsmClusterDescription cluster() {
        return f.kms.cloudHsm(h -> h.createCluster(PASSWORD));
    }

    private String store(HsmClusterDescription c, String name) {
        return f.kms.createCustomKeyStore(f.root, CreateCustomKeyStoreRequest.cloudHsm(name, c.clusterId(),
                c.trustAnchorCertificate(), PASSWORD)).customKeyStoreId();
    }

    private String state(String storeId) {
        return f.kms.describeCustomKeyStores(f.root, new DescribeCustomKeyStoresRequest(storeId, null, null, null))
                .customKeyStores().get(0).connectionState();
    }

    private String connected(HsmClusterDescription c) {
        String id = store(c, "hsm-store");
        f.kms.connectCustomKeyStore(f.root, new ConnectCustomKeyStoreRequest(id));
        f.clock.advance(Duration.ofMinutes(20));
        f.kms.runDueTasks();
        return id;
    }

    private String hsmKey(String storeId) {
        return f.kms.createKey(f.root, CreateKeyRequest.symmetric().withOrigin("AWS_CLOUDHSM")
                .withCustomKeyStoreId(storeId)).keyMetadata().keyId();
    }

    @Test
    void a_cluster_has_two_hsms_in_two_zones_and_a_real_trust_anchor() {
        HsmClusterDescription c = cluster();
        assertThat(c.clusterId()).matches("cluster-[a-z2-7]{11}");
        assertThat(c.hsms()).extracting(HsmClusterDescription.Hsm::availabilityZone)
                .containsExactly("us-east-1a", "us-east-1b");
        assertThat(c.trustAnchorCertificate()).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void connecting_takes_the_clock_and_ends_connected() {
        HsmClusterDescription c = cluster();
        String id = store(c, "hsm-store");
        assertThat(state(id)).isEqualTo("DISCONNECTED");
        f.kms.connectCustomKeyStore(f.root, new ConnectCustomKeyStoreRequest(id));
        assertThat(state(id)).isEqualTo("CONNECTING");
        f.clock.advance(Duration.ofMinutes(19));
        assertThat(state(id)).isEqualTo("CONNECTING");
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(state(id)).isEqualTo("CONNECTED");
    }

    @Test
    void a_wrong_kmsuser_password_fails_the_connection_with_invalid_credentials() {
        HsmClusterDescription c = cluster();
        String id = f.kms.createCustomKeyStore(f.root, CreateCustomKeyStoreRequest.cloudHsm("s", c.clusterId(),
                c.trustAnchorCertificate(), "not-the-password")).customKeyStoreId();
        f.kms.connectCustomKeyStore(f.root, new ConnectCustomKeyStoreRequest(id));
        f.clock.advance(Duration.ofMinutes(20));
        var entry = f.kms.describeCustomKeyStores(f.root, new DescribeCustomKeyStoresRequest(id, null, null, null))
                .customKeyStores().get(0);
        assertThat(entry.connectionState()).isEqualTo("FAILED");
        assertThat(entry.connectionErrorCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThatThrownBy(() -> f.kms.connectCustomKeyStore(f.root, new ConnectCustomKeyStoreRequest(id)))
                .satisfies(code("CustomKeyStoreInvalidStateException"));
        f.kms.disconnectCustomKeyStore(f.root, new DisconnectCustomKeyStoreRequest(id));
        f.clock.advance(Duration.ofMinutes(1));
        f.kms.updateCustomKeyStore(f.root, new UpdateCustomKeyStoreRequest(id, null, PASSWORD, null, null, null,
                null, null, null, null));
        f.kms.connectCustomKeyStore(f.root, new ConnectCustomKeyStoreRequest(id));
        f.clock.advance(Duration.ofMinutes(20));
        assertThat(state(id)).isEqualTo("CONNECTED");
    }

    @Test
    void create_refuses_bad_input_and_stores_nothing() {
        HsmClusterDescription c = cluster();
        HsmClusterDescription other = cluster();
        assertThatThrownBy(() -> store(new HsmClusterDescription("cluster-aaaaaaaaaaa", null, null, null,
                c.trustAnchorCertificate(), null), "x"))
                .satisfies(code("CloudHsmClusterNotFoundException"));
        assertThatThrownBy(() -> f.kms.createCustomKeyStore(f.root, CreateCustomKeyStoreRequest.cloudHsm("x",
                c.clusterId(), other.trustAnchorCertificate(), PASSWORD)))
                .satisfies(code("IncorrectTrustAnchorException"));
        f.kms.cloudHsm(h -> h.deleteHsm(other.clusterId(), other.hsms().get(1).hsmId()));
        assertThatThrownBy(() -> store(other, "one-hsm"))
                .satisfies(code("CloudHsmClusterInvalidConfigurationException"));
        assertThatThrownBy(() -> f.kms.createCustomKeyStore(f.root, CreateCustomKeyStoreRequest.cloudHsm("x",
                c.clusterId(), c.trustAnchorCertificate(), "short")))
                .satisfies(code("ValidationException"));
        assertThat(f.kms.describeCustomKeyStores(f.root, new DescribeCustomKeyStoresRequest(null, null, null, null))
                .customKeyStores()).isEmpty();
        store(c, "taken");
        assertThatThrownBy(() -> store(other, "taken"))
                .satisfies(code("CustomKeyStoreNameInUseException"));
        assertThatThrownBy(() -> store(c, "second"))
                .satisfies(code("CloudHsmClusterInUseException"));
        assertThat(f.lastEvent().failed()).isTrue();
        assertThat(f.lastEvent().requestParameters()).doesNotContainKey("keyStorePassword");
    }

    @Test
    void keys_live_in_the_cluster_and_encrypt_with_aes_gcm_there() {
        HsmClusterDescription c = cluster();
        String storeId = connected(c);
        String keyId = hsmKey(storeId);
        KeyMetadata m = f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata();
        assertThat(m.origin()).isEqualTo("AWS_CLOUDHSM");
        assertThat(m.customKeyStoreId()).isEqualTo(storeId);
        assertThat(m.cloudHsmClusterId()).isEqualTo(c.clusterId());
        assertThat(f.kms.cloudHsm(h -> h.describeClusters()).get(0).keyLabels()).containsExactly(keyId);

        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, "hello".getBytes(StandardCharsets.UTF_8),
                Map.of("k", "v"))).ciphertextBlob();
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob, Map.of("k", "v"))).plaintext())
                .asString(StandardCharsets.UTF_8).isEqualTo("hello");
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob, Map.of("k", "w"))))
                .satisfies(code("InvalidCiphertextException"));
    }

    @Test
    void disconnecting_makes_keys_unavailable_until_reconnected() {
        HsmClusterDescription c = cluster();
        String storeId = connected(c);
        String keyId = hsmKey(storeId);
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {1, 2, 3})).ciphertextBlob();
        f.kms.disconnectCustomKeyStore(f.root, new DisconnectCustomKeyStoreRequest(storeId));
        assertThat(state(storeId)).isEqualTo("DISCONNECTING");
        assertThat(f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata().keyState())
                .isEqualTo("Unavailable");
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob)))
                .satisfies(code("KMSInvalidStateException"))
                .hasMessage(f.arn(keyId) + " is unavailable.");
        f.kms.disableKey(f.root, DisableKeyRequest.of(keyId));
        assertThat(f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata().keyState())
                .isEqualTo("Unavailable");
        f.kms.enableKey(f.root, EnableKeyRequest.of(keyId));
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(state(storeId)).isEqualTo("DISCONNECTED");
        assertThatThrownBy(() -> f.kms.createKey(f.root, CreateKeyRequest.symmetric().withOrigin("AWS_CLOUDHSM")
                .withCustomKeyStoreId(storeId)))
                .satisfies(code("CustomKeyStoreInvalidStateException"));
        f.kms.connectCustomKeyStore(f.root, new ConnectCustomKeyStoreRequest(storeId));
        f.clock.advance(Duration.ofMinutes(20));
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob)).plaintext()).containsExactly(1, 2, 3);
    }

    @Test
    void a_store_is_deleted_only_when_disconnected_and_empty() {
        HsmClusterDescription c = cluster();
        String storeId = connected(c);
        String keyId = hsmKey(storeId);
        assertThatThrownBy(() -> f.kms.deleteCustomKeyStore(f.root, new DeleteCustomKeyStoreRequest(storeId)))
                .satisfies(code("CustomKeyStoreInvalidStateException"));
        f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(keyId, 7));
        f.kms.disconnectCustomKeyStore(f.root, new DisconnectCustomKeyStoreRequest(storeId));
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata().keyState())
                .isEqualTo("PendingDeletion");
        assertThatThrownBy(() -> f.kms.deleteCustomKeyStore(f.root, new DeleteCustomKeyStoreRequest(storeId)))
                .satisfies(code("CustomKeyStoreHasCMKsException"));
        f.clock.advance(Duration.ofDays(7));
        f.kms.runDueTasks();
        f.kms.deleteCustomKeyStore(f.root, new DeleteCustomKeyStoreRequest(storeId));
        assertThat(f.kms.cloudHsm(h -> h.describeClusters()).get(0).keyLabels())
                .as("deleted while disconnected: the material stays in the cluster, orphaned").containsExactly(keyId);
    }

    @Test
    void state_export_keeps_stores_clusters_and_material_wrapped() {
        HsmClusterDescription c = cluster();
        String storeId = connected(c);
        String keyId = hsmKey(storeId);
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {9})).ciphertextBlob();
        StateWrappingKey root = StateWrappingKey.generate();
        byte[] state = f.kms.exportState(root);
        assertThat(new String(state, StandardCharsets.ISO_8859_1)).doesNotContain(PASSWORD);

        KmsEngine restored = new KmsEngine(Fixture.ACCOUNT, Fixture.REGION, f.clock);
        restored.importState(state, root);
        assertThat(restored.decrypt(f.root, DecryptRequest.of(blob)).plaintext()).containsExactly(9);
        assertThat(restored.describeCustomKeyStores(f.root, new DescribeCustomKeyStoresRequest(storeId, null, null,
                null)).customKeyStores().get(0).connectionState()).isEqualTo("CONNECTED");
    }
}
