package org.kmslab.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CiphertextFormat;
import org.kmslab.engine.api.CiphertextLayout;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.KeyStateTable;
import org.kmslab.engine.exception.InvalidCiphertextException;
import tools.jackson.databind.JsonNode;

/** What each wrapper sends to its element, from real engine calls: the right fields, and never a secret. */
class VisualizerJsonTest {

    private final EngineRun run = new EngineRun();

    private static JsonNode parse(String json) {
        return Visualizers.JSON.readTree(json);
    }

    @Test
    void key_card_sends_every_key_metadata_member_under_its_aws_name() {
        KeyMetadata key = run.createKey();
        JsonNode json = parse(KeyCard.toJson(key, new KeyCard.Rotation(true, 365, Instant.parse("2026-01-01T00:00:00Z"), null)));

        assertThat(json.propertyNames()).contains("AWSAccountId", "KeyId", "Arn", "CreationDate", "Enabled",
                "Description", "KeyUsage", "KeyState", "DeletionDate", "ValidTo", "Origin", "ExpirationModel",
                "KeyManager", "CustomerMasterKeySpec", "KeySpec", "EncryptionAlgorithms", "SigningAlgorithms",
                "KeyAgreementAlgorithms", "MultiRegion", "MultiRegionConfiguration", "PendingDeletionWindowInDays", "MacAlgorithms",
                "CurrentKeyMaterialId", "CustomKeyStoreId", "CloudHsmClusterId", "XksKeyConfiguration", "Rotation");
        assertThat(json.size()).isEqualTo(KeyMetadata.class.getRecordComponents().length + 1);
        assertThat(json.get("KeyId").asString()).isEqualTo(key.keyId());
        assertThat(json.get("KeyState").asString()).isEqualTo("Enabled");
        assertThat(json.get("CreationDate").asString()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(json.get("EncryptionAlgorithms").get(0).asString()).isEqualTo("SYMMETRIC_DEFAULT");
        assertThat(json.get("Rotation").get("RotationPeriodInDays").asInt()).isEqualTo(365);
    }

    @Test
    void key_card_leaves_rotation_out_when_unknown() {
        assertThat(parse(KeyCard.toJson(run.createKey(), null)).has("Rotation")).isFalse();
    }

    @Test
    void key_card_shows_dates_to_the_millisecond_as_the_wire_sends_them() {
        KeyMetadata key = new EngineRun(Instant.parse("2026-12-03T17:10:05.050874597Z")).createKey();

        JsonNode json = parse(KeyCard.toJson(key, null));

        assertThat(json.get("CreationDate").asString()).isEqualTo("2026-12-03T17:10:05.050Z");
    }

    @Test
    void event_view_carries_operation_outcome_and_sentence_but_no_request_parameters() {
        KeyMetadata key = run.createKey();
        run.kms.encrypt(run.root, EncryptRequest.of(key.keyId(), EngineRun.secret()));

        String json = DataKeyFlow.toJson(run.last());
        JsonNode view = parse(json);

        assertThat(view.propertyNames()).containsExactly("operation", "outcome", "errorCode", "description");
        assertThat(view.get("operation").asString()).isEqualTo("Encrypt");
        assertThat(view.get("outcome").asString()).isEqualTo("success");
        assertThat(view.get("description").asString()).startsWith("Encrypt turned plaintext into ciphertext");
        assertThat(json).doesNotContain(EngineRun.SECRET).doesNotContain(Base64.getEncoder().encodeToString(EngineRun.secret()));
    }

    @Test
    void event_view_of_a_refused_call_names_the_aws_error() {
        KeyMetadata key = run.createKey();
        byte[] blob = run.kms.encrypt(run.root, EncryptRequest.of(key.keyId(), EngineRun.secret())).ciphertextBlob();
        blob[blob.length - 1] ^= 1;
        assertThatThrownBy(() -> run.kms.decrypt(run.root, DecryptRequest.of(blob)))
                .isInstanceOf(InvalidCiphertextException.class);

        JsonNode view = parse(DataKeyFlow.toJson(run.last()));
        assertThat(view.get("outcome").asString()).isEqualTo("error");
        assertThat(view.get("errorCode").asString()).isEqualTo("InvalidCiphertextException");
        assertThat(view.get("description").asString()).contains("Decrypt was refused");
    }

    @Test
    void ciphertext_inspector_sends_the_blob_the_engine_layout_and_the_flipped_offsets() {
        KeyMetadata key = run.createKey();
        byte[] blob = run.kms.encrypt(run.root, EncryptRequest.of(key.keyId(), EngineRun.secret())).ciphertextBlob();
        CiphertextLayout layout = CiphertextFormat.parseCiphertext(blob);

        JsonNode json = parse(CiphertextInspector.toJson(blob, layout, Set.of(9, 3)));

        assertThat(Base64.getDecoder().decode(json.get("base64").asString())).isEqualTo(blob);
        assertThat(json.get("parsed").asBoolean()).isTrue();
        assertThat(json.get("fields")).hasSize(layout.fields().size());
        JsonNode keyId = json.get("fields").get(3);
        assertThat(keyId.get("name").asString()).isEqualTo("keyId");
        assertThat(keyId.get("offset").asInt()).isEqualTo(6);
        assertThat(keyId.get("length").asInt()).isEqualTo(key.keyId().length());
        assertThat(json.get("flipped").toString()).isEqualTo("[3,9]");
        assertThat(json.toString()).doesNotContain(EngineRun.SECRET);
    }

    @Test
    void key_state_table_json_is_the_engines_table() {
        JsonNode json = parse(KeyStateMachine.tableJson(KeyStateTable.rows()));

        assertThat(json.get("states").toString()).isEqualTo("[\"Enabled\",\"Disabled\",\"PendingDeletion\",\"PendingImport\"]");
        assertThat(json.get("rows")).hasSize(KeyStateTable.rows().size());
        JsonNode encrypt = null;
        for (JsonNode row : json.get("rows")) {
            if (row.get("operation").asString().equals("Encrypt")) {
                encrypt = row.get("cells");
            }
        }
        assertThat(encrypt).isNotNull();
        assertThat(encrypt.get("Enabled").isNull()).isTrue();
        assertThat(encrypt.get("Disabled").get("exception").asString()).isEqualTo("DisabledException");
        assertThat(encrypt.get("Disabled").get("message").asString()).isEqualTo("<key ARN> is disabled.");
        assertThat(encrypt.get("PendingImport").get("exception").asString()).isEqualTo("KMSInvalidStateException");
        assertThat(KeyStateMachine.DRAWN_STATES).contains(KeyState.PENDING_IMPORT);
    }

    @Test
    void policy_trace_sends_request_decision_and_each_statement_with_its_checks() {
        PolicyTrace.Evaluation e = new PolicyTrace.Evaluation("kms:Decrypt", "arn:aws:iam::111122223333:role/Analyst",
                "arn:aws:kms:us-east-1:111122223333:key/k", PolicyTrace.Decision.EXPLICIT_DENY, "DenyDecrypt denies it.",
                List.of(new PolicyTrace.StatementResult("DenyDecrypt", "Deny", "{\"AWS\":\"*\"}", "kms:Decrypt", "*", null,
                        true, true, true, List.of(new PolicyTrace.Check("Action", true, "kms:Decrypt is listed")))));

        JsonNode json = parse(PolicyTrace.toJson(e));

        assertThat(json.get("decision").asString()).isEqualTo("ExplicitDeny");
        assertThat(json.get("request").get("action").asString()).isEqualTo("kms:Decrypt");
        JsonNode s = json.get("statements").get(0);
        assertThat(s.propertyNames()).containsExactly("sid", "effect", "principal", "action", "resource", "condition",
                "examined", "matched", "decisive", "checks");
        assertThat(s.get("checks").get(0).get("element").asString()).isEqualTo("Action");
    }

    @Test
    void player_state_json_has_what_the_controls_show() {
        EventPlayerPresenter<String> p = new EventPlayerPresenter<>(s -> s);
        p.load(List.of("a", "b"));
        p.forward();

        JsonNode json = parse(Visualizers.json(p.state()));

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("index", "total", "playing", "speed", "label",
                "reducedMotion");
        assertThat(json.get("label").asString()).isEqualTo("a");
    }
}
