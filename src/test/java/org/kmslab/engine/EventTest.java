package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.exception.InvalidCiphertextException;

class EventTest {

    private final Fixture f = new Fixture();

    @Test
    void every_call_emits_exactly_one_event_success_or_failure() {
        String keyId = f.symmetricKey();
        assertThat(f.events).hasSize(1);
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {1}, Map.of("k", "v")))
                .ciphertextBlob();
        assertThat(f.events).hasSize(2);
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob)))
                .isInstanceOf(InvalidCiphertextException.class);
        assertThat(f.events).hasSize(3);
        EngineEvent failed = f.lastEvent();
        assertThat(failed.eventName()).isEqualTo("Decrypt");
        assertThat(failed.errorCode()).isEqualTo("InvalidCiphertextException");
        assertThat(failed.errorMessage()).isEmpty();
        assertThat(failed.keyArn()).isEqualTo(f.arn(keyId));
        assertThat(failed.eventType()).isEqualTo(EventType.AWS_API_CALL);
        assertThat(failed.eventType().wire()).isEqualTo("AwsApiCall");
    }

    @Test
    void crypto_events_carry_context_and_ids_but_no_secrets() {
        String keyId = f.symmetricKey();
        byte[] plaintext = "top secret".getBytes(StandardCharsets.UTF_8);
        f.kms.encrypt(f.root, EncryptRequest.of(keyId, plaintext, Map.of("dept", "hr")));
        EngineEvent e = f.lastEvent();
        assertThat(e.eventName()).isEqualTo("Encrypt");
        assertThat(e.requestParameters()).containsEntry("keyId", keyId)
                .containsEntry("encryptionContext", Map.of("dept", "hr")).doesNotContainKey("plaintext");
        assertThat(e.responseElements()).isNull();
        assertThat(e.keyMaterialId()).hasSize(64);
        assertThat(e.readOnly()).isTrue();
        assertThat(e.caller()).isEqualTo(f.root);
        assertThat(String.valueOf(e)).doesNotContain("top secret");
    }

    @Test
    void a_failing_listener_does_not_break_the_call() {
        f.kms.addListener(e -> {
            throw new IllegalStateException("boom");
        });
        String keyId = f.symmetricKey();
        assertThat(keyId).isNotNull();
        assertThat(f.events).hasSize(1);
    }

    @Test
    void create_key_event_has_metadata_response() {
        String keyId = f.symmetricKey();
        EngineEvent e = f.lastEvent();
        assertThat(e.eventName()).isEqualTo("CreateKey");
        assertThat(e.readOnly()).isFalse();
        @SuppressWarnings("unchecked")
        Map<String, Object> md = (Map<String, Object>) e.responseElements().get("keyMetadata");
        assertThat(md).containsEntry("keyId", keyId);
    }
}
