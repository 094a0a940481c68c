package org.kmslab.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON gateway on its own, without HTTP: what the wire filter and the browser console both call. */
class KmsGatewayTest {

    private final KmsGateway gateway = new KmsGateway();
    private final JsonMapper json = JsonMapper.builder().build();
    private Sandbox sandbox;
    private KmsEngine engine;
    private Caller caller;
    private final List<EngineEvent> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        sandbox = SandboxService.local().defaultSandbox();
        engine = sandbox.engine();
        caller = sandbox.administrator(CallSource.CONSOLE);
        engine.addListener(events::add);
    }

    private GatewayResponse call(String op, String body) {
        return gateway.invoke(engine, caller, op, body);
    }

    private JsonNode ok(String op, String body) {
        GatewayResponse r = call(op, body);
        assertThat(r.errorType()).as(r.body()).isNull();
        assertThat(r.httpStatus()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private String createKey() {
        return ok("CreateKey", "{\"Description\":\"test\"}").get("KeyMetadata").get("KeyId").asString();
    }

    @Test
    void create_key_answers_in_aws_member_names_with_epoch_second_dates() {
        JsonNode md = ok("CreateKey", "{\"Description\":\"d\",\"Tags\":[{\"TagKey\":\"team\",\"TagValue\":\"a\"}]}")
                .get("KeyMetadata");
        assertThat(md.get("AWSAccountId").asString()).isEqualTo("111122223333");
        assertThat(md.get("Arn").asString()).startsWith("arn:aws:kms:us-east-1:111122223333:key/");
        assertThat(md.get("KeyState").asString()).isEqualTo("Enabled");
        assertThat(md.get("KeySpec").asString()).isEqualTo("SYMMETRIC_DEFAULT");
        assertThat(md.get("CreationDate").isNumber()).isTrue();
        assertThat(md.get("CreationDate").asDouble()).isGreaterThan(1.7e9);
        assertThat(md.get("EncryptionAlgorithms").get(0).asString()).isEqualTo("SYMMETRIC_DEFAULT");
        assertThat(md.has("DeletionDate")).as("null members are omitted").isFalse();
    }

    @Test
    void encrypt_and_decrypt_round_trip_base64_blobs() {
        String keyId = createKey();
        JsonNode enc = ok("Encrypt", "{\"KeyId\":\"" + keyId + "\",\"Plaintext\":\"aGk=\","
                + "\"EncryptionContext\":{\"purpose\":\"test\"}}");
        String blob = enc.get("CiphertextBlob").asString();
        JsonNode dec = ok("Decrypt", "{\"CiphertextBlob\":\"" + blob + "\",\"EncryptionContext\":{\"purpose\":\"test\"}}");
        assertThat(dec.get("Plaintext").asString()).isEqualTo("aGk=");
        assertThat(dec.get("KeyId").asString()).endsWith(keyId);
        assertThat(dec.get("EncryptionAlgorithm").asString()).isEqualTo("SYMMETRIC_DEFAULT");
    }

    @Test
    void engine_errors_keep_their_aws_name_and_message_and_the_request_id_of_the_event() {
        GatewayResponse r = call("DescribeKey", "{\"KeyId\":\"alias/nope\"}");
        assertThat(r.httpStatus()).isEqualTo(400);
        assertThat(r.errorType()).isEqualTo("NotFoundException");
        assertThat(json.readTree(r.body()).get("__type").asString()).isEqualTo("NotFoundException");
        assertThat(json.readTree(r.body()).get("message").asString()).contains("alias/nope");
        assertThat(r.requestId()).isEqualTo(events.getLast().requestId());
    }

    @Test
    void invalid_ciphertext_has_no_message_member_as_on_aws() {
        createKey();
        GatewayResponse r = call("Decrypt", "{\"CiphertextBlob\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}");
        assertThat(r.errorType()).isIn("InvalidCiphertextException", "AccessDeniedException");
    }

    @Test
    void unknown_operation_and_unsupported_aws_operation_are_told_apart() {
        assertThat(call("Frobnicate", "{}").errorType()).isEqualTo("UnknownOperationException");
        // Every AWS operation the gateway does not perform (none left once all are built) is told apart.
        for (String unsupported : gateway.awsOperations().stream().filter(op -> !gateway.supports(op)).toList()) {
            assertThat(call(unsupported, "{}").errorType()).isEqualTo("UnsupportedOperationException");
            assertThat(call(unsupported, "{}").body()).contains("\"Message\"");
        }
        assertThat(call(null, "{}").errorType()).isEqualTo("UnknownOperationException");
    }

    @Test
    void malformed_json_is_a_serialization_error_and_never_reaches_the_engine() {
        GatewayResponse r = call("CreateKey", "{\"Description\":");
        assertThat(r.errorType()).isEqualTo("SerializationException");
        assertThat(r.errorMessage()).contains("not valid JSON");
        assertThat(call("CreateKey", "[1,2]").errorMessage()).isEqualTo("The request body must be a JSON object.");
        assertThat(call("CreateKey", "null").errorType()).isEqualTo("SerializationException");
        assertThat(call("CreateKey", "{} {}").errorType()).isEqualTo("SerializationException");
        assertThat(events).isEmpty();
    }

    @Test
    void wrong_member_types_name_the_member() {
        assertThat(call("CreateKey", "{\"Description\":5}").errorMessage())
                .isEqualTo("Value of member 'Description' must be a string, not an integer.");
        assertThat(call("CreateKey", "{\"MultiRegion\":\"true\"}").errorMessage())
                .isEqualTo("Value of member 'MultiRegion' must be a boolean, not a string.");
        assertThat(call("CreateKey", "{\"Tags\":{\"a\":1}}").errorMessage())
                .startsWith("Value of member 'Tags' must be a list");
        assertThat(call("CreateKey", "{\"Tags\":[{\"TagKey\":[]}]}").errorMessage())
                .startsWith("Value of member 'Tags[0].TagKey' must be a string");
        assertThat(call("Encrypt", "{\"KeyId\":\"x\",\"EncryptionContext\":{\"a\":1}}").errorType())
                .isEqualTo("SerializationException");
        assertThat(events).isEmpty();
    }

    @Test
    void bad_base64_is_a_serialization_error() {
        GatewayResponse r = call("Encrypt", "{\"KeyId\":\"x\",\"Plaintext\":\"not base64!\"}");
        assertThat(r.errorType()).isEqualTo("SerializationException");
        assertThat(r.errorMessage()).isEqualTo("Value of member 'Plaintext' is not valid base64.");
        assertThat(call("Encrypt", "{\"KeyId\":\"x\",\"Plaintext\":12}").errorMessage())
                .isEqualTo("Value of member 'Plaintext' must be a base64 string, not an integer.");
        assertThat(events).isEmpty();
    }

    @Test
    void unknown_members_are_ignored_and_a_blank_body_is_an_empty_object() {
        createKey();
        assertThat(call("CreateKey", "{\"Frobnicate\":true}").ok()).isTrue();
        assertThat(call("CreateKey", "").ok()).isTrue();
        assertThat(call("CreateKey", (String) null).ok()).isTrue();
    }

    @Test
    void the_object_node_variant_reads_the_same_body() {
        var body = json.createObjectNode().put("Description", "from a node");
        GatewayResponse r = gateway.invoke(engine, caller, "CreateKey", body);
        assertThat(r.ok()).isTrue();
        assertThat(r.prettyBody()).contains("\n").contains("from a node");
    }

    @Test
    void every_operation_the_engine_offers_is_routed() {
        var engineOperations = java.util.Arrays.stream(KmsEngine.class.getMethods())
                .filter(m -> m.getParameterCount() == 2 && m.getParameterTypes()[0] == Caller.class
                        && Record.class.isAssignableFrom(m.getParameterTypes()[1]))
                .map(m -> Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1))
                .toList();
        assertThat(engineOperations).hasSizeGreaterThanOrEqualTo(44);
        assertThat(gateway.operations()).containsExactlyInAnyOrderElementsOf(engineOperations);
    }

    @Test
    void every_supported_operation_is_an_aws_operation() {
        assertThat(gateway.awsOperations()).containsAll(gateway.operations());
        assertThat(gateway.operations()).contains("CreateKey", "Encrypt", "Decrypt", "DescribeKey");
    }
}
