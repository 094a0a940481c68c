package org.kmslab.api.xks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.KmsException;
import org.kmslab.engine.api.ConnectCustomKeyStoreRequest;
import org.kmslab.engine.api.CreateCustomKeyStoreRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DescribeCustomKeyStoresRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.XksProxyAuthenticationCredential;
import org.kmslab.sandbox.ExternalKeyStores;

/** KMS keys in an external key store: the engine calls the in-process proxy over HTTP for every crypto operation. */
class ExternalKeyStoreTest {

    private static final String ACCOUNT = "111122223333";

    private final InProcessXksProxy proxy = new InProcessXksProxy();
    private final EngineClock clock = EngineClock.fixed(Instant.now());
    private final KmsEngine kms = new KmsEngine(ACCOUNT, "us-east-1", clock);
    private final Caller root = Caller.root(ACCOUNT, CallSource.LESSON);
    private final ExternalKeyStores.Tenant tenant = proxy.tenant(ACCOUNT);

    ExternalKeyStoreTest() {
        kms.useExternalKeyClient(proxy.client());
    }

    @AfterEach
    void stop() {
        proxy.destroy();
    }

    static ThrowingConsumer<Throwable> code(String awsError) {
        return t -> assertThat(((KmsException) t).errorCode()).isEqualTo(awsError);
    }

    private String store(String secret) {
        return kms.createCustomKeyStore(root, CreateCustomKeyStoreRequest.external("xks", tenant.uriEndpoint(),
                tenant.uriPath(), new XksProxyAuthenticationCredential(tenant.accessKeyId(), secret)))
                .customKeyStoreId();
    }

    private String connectedStore() {
        String id = store(tenant.secretAccessKey());
        kms.connectCustomKeyStore(root, new ConnectCustomKeyStoreRequest(id));
        clock.advance(Duration.ofMinutes(5));
        kms.runDueTasks();
        return id;
    }

    private String xksKey(String storeId, String externalKeyId) {
        return kms.createKey(root, CreateKeyRequest.symmetric().withOrigin("EXTERNAL_KEY_STORE")
                .withCustomKeyStoreId(storeId).withXksKeyId(externalKeyId)).keyMetadata().keyId();
    }

    @Test
    void create_checks_the_proxy_health_with_a_signed_request() {
        String id = store(tenant.secretAccessKey());
        var entry = kms.describeCustomKeyStores(root, new DescribeCustomKeyStoresRequest(id, null, null, null))
                .customKeyStores().get(0);
        assertThat(entry.customKeyStoreType()).isEqualTo("EXTERNAL_KEY_STORE");
        assertThat(entry.xksProxyConfiguration().accessKeyId()).isEqualTo(tenant.accessKeyId());
        assertThat(proxy.tenant(ACCOUNT).requests()).extracting(ExternalKeyStores.ProxyRequest::kmsOperation)
                .containsExactly("CreateCustomKeyStore");
    }

    @Test
    void a_wrong_proxy_secret_is_refused_at_create_and_nothing_is_stored() {
        String wrong = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> store(wrong)).satisfies(code("XksProxyIncorrectAuthenticationCredentialException"));
        assertThat(kms.describeCustomKeyStores(root, new DescribeCustomKeyStoresRequest(null, null, null, null))
                .customKeyStores()).isEmpty();
    }

    @Test
    void an_unreachable_proxy_is_refused_at_create() {
        assertThatThrownBy(() -> kms.createCustomKeyStore(root, CreateCustomKeyStoreRequest.external("x",
                "http://localhost:1", tenant.uriPath(), new XksProxyAuthenticationCredential(tenant.accessKeyId(),
                        tenant.secretAccessKey())))).satisfies(code("XksProxyUriUnreachableException"));
    }

    @Test
    void keys_double_encrypt_through_the_proxy() {
        String storeId = connectedStore();
        String external = proxy.createKey(ACCOUNT).keyId();
        String keyId = xksKey(storeId, external);
        var m = kms.describeKey(root, DescribeKeyRequest.of(keyId)).keyMetadata();
        assertThat(m.origin()).isEqualTo("EXTERNAL_KEY_STORE");
        assertThat(m.xksKeyConfiguration().id()).isEqualTo(external);

        byte[] blob = kms.encrypt(root, EncryptRequest.of(keyId, "top secret".getBytes(StandardCharsets.UTF_8),
                Map.of("app", "lab"))).ciphertextBlob();
        byte[] plain = kms.decrypt(root, DecryptRequest.of(blob, Map.of("app", "lab"))).plaintext();
        assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("top secret");
        var gdk = kms.generateDataKey(root, GenerateDataKeyRequest.of(keyId, DataKeySpec.AES_256));
        assertThat(kms.decrypt(root, DecryptRequest.of(gdk.ciphertextBlob())).plaintext()).isEqualTo(gdk.plaintext());
        assertThat(proxy.tenant(ACCOUNT).requests()).extracting(r -> r.api() + ":" + r.kmsOperation())
                .contains("GetKeyMetadata:CreateKey", "Encrypt:Encrypt", "Decrypt:Decrypt",
                        "Encrypt:GenerateDataKey");
    }

    @Test
    void a_disabled_external_key_stops_kms_and_a_missing_one_cannot_back_a_new_key() {
        String storeId = connectedStore();
        String external = proxy.createKey(ACCOUNT).keyId();
        String keyId = xksKey(storeId, external);
        byte[] blob = kms.encrypt(root, EncryptRequest.of(keyId, new byte[] {7})).ciphertextBlob();
        proxy.setKeyEnabled(ACCOUNT, external, false);
        assertThatThrownBy(() -> kms.decrypt(root, DecryptRequest.of(blob)))
                .satisfies(code("KMSInvalidStateException")).hasMessageContaining("is not enabled in the external key");
        proxy.setKeyEnabled(ACCOUNT, external, true);
        assertThat(kms.decrypt(root, DecryptRequest.of(blob)).plaintext()).containsExactly(7);

        assertThatThrownBy(() -> xksKey(storeId, "no-such-key")).satisfies(code("XksKeyNotFoundException"));
        assertThatThrownBy(() -> xksKey(storeId, external)).satisfies(code("XksKeyAlreadyInUseException"));
    }

    @Test
    void a_store_that_never_connected_cannot_hold_keys() {
        String storeId = store(tenant.secretAccessKey());
        assertThatThrownBy(() -> xksKey(storeId, proxy.createKey(ACCOUNT).keyId()))
                .satisfies(code("CustomKeyStoreInvalidStateException"));
    }
}
