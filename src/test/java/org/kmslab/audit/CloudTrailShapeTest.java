package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EventType;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.exception.InvalidCiphertextException;
import tools.jackson.databind.JsonNode;

/**
 * The stored records have the fields, types and nulls of AWS's KMS CloudTrail examples: ct-encrypt.html (success),
 * ct-decrypt.html (failure), ct-rotatekey.html and ct-deleteexpiredkeymaterial.html (service events), and
 * cloudtrail-event-reference-user-identity.html (userIdentity types).
 */
class CloudTrailShapeTest {

    private static final String ISO_SECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    private final AuditFixture f = new AuditFixture();

    @AfterEach
    void closeFixture() {
        f.close();
    }

    @Test
    void a_successful_encrypt_has_every_cloudtrail_field_with_its_type() {
        String key = f.symmetricKey();
        f.kms.encrypt(f.root, EncryptRequest.of(key, "hi".getBytes(StandardCharsets.UTF_8),
                Map.of("Department", "Engineering")));
        JsonNode e = json(f.newest());

        assertCommonFields(e, "Encrypt", "AwsApiCall");
        assertThat(e.get("userIdentity").get("type").asString()).isEqualTo("Root");
        assertThat(e.get("userIdentity").get("principalId").asString()).isEqualTo(AuditFixture.ACCOUNT);
        assertThat(e.get("userIdentity").get("arn").asString()).isEqualTo("arn:aws:iam::111122223333:root");
        assertThat(e.get("userIdentity").get("accountId").asString()).isEqualTo(AuditFixture.ACCOUNT);
        assertThat(e.get("requestParameters").get("keyId").asString()).isEqualTo(key);
        assertThat(e.get("requestParameters").get("encryptionContext").get("Department").asString())
                .isEqualTo("Engineering");
        assertThat(e.has("responseElements")).isTrue();
        assertThat(e.get("responseElements").isNull()).isTrue();
        assertThat(e.get("additionalEventData").get("keyMaterialId").isString()).isTrue();
        assertThat(e.get("requestID").isString()).isTrue();
        assertThat(e.get("readOnly").isBoolean()).isTrue();
        assertThat(e.get("readOnly").asBoolean()).isTrue();
        assertThat(e.has("errorCode")).isFalse();
        assertThat(e.has("errorMessage")).isFalse();
        assertThat(e.has("serviceEventDetails")).isFalse();
        assertThat(e.get("resources").get(0).get("ARN").asString()).isEqualTo(key);
    }

    @Test
    void a_create_key_is_a_write_with_its_response_elements() {
        String key = f.symmetricKey();
        JsonNode e = json(f.newest());

        assertCommonFields(e, "CreateKey", "AwsApiCall");
        assertThat(e.get("readOnly").asBoolean()).isFalse();
        assertThat(e.get("responseElements").get("keyMetadata").get("arn").asString()).isEqualTo(key);
        assertThat(e.get("responseElements").get("keyMetadata").get("keySpec").asString())
                .isEqualTo("SYMMETRIC_DEFAULT");
    }

    @Test
    void a_failed_decrypt_carries_the_aws_error_and_always_the_algorithm() {
        String key = f.symmetricKey();
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {1, 2, 3})).ciphertextBlob();
        blob[blob.length - 1] ^= 1;
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob)))
                .isInstanceOf(InvalidCiphertextException.class);
        JsonNode e = json(f.newest());

        assertCommonFields(e, "Decrypt", "AwsApiCall");
        assertThat(e.get("errorCode").asString()).isEqualTo("InvalidCiphertextException");
        assertThat(e.get("errorMessage").isString()).isTrue();
        assertThat(e.get("requestParameters").get("encryptionAlgorithm").asString()).isEqualTo("SYMMETRIC_DEFAULT");
        assertThat(e.get("responseElements").isNull()).isTrue();
        assertThat(f.newest().errorCode()).isEqualTo("InvalidCiphertextException");
    }

    @Test
    void a_kms_initiated_rotation_is_a_service_event_invoked_by_aws_internal() {
        String arn = AuditFixture.arn("1234abcd-12ab-34cd-56ef-1234567890ab");
        Caller kms = new Caller(AuditFixture.ACCOUNT, "kms.amazonaws.com", CallSource.KMS_INTERNAL, null,
                "AWS Internal", null);
        f.audit.record(AuditFixture.event("RotateKey", EventType.AWS_SERVICE_EVENT, kms, arn,
                Map.of("keyId", arn, "keyMaterialId", "ab12"), null, null, "ab12"));
        JsonNode e = json(f.newest());

        assertCommonFields(e, "RotateKey", "AwsServiceEvent");
        JsonNode identity = e.get("userIdentity");
        assertThat(identity.propertyNames()).containsExactlyInAnyOrder("accountId", "invokedBy");
        assertThat(identity.get("invokedBy").asString()).isEqualTo("AWS Internal");
        assertThat(e.get("sourceIPAddress").asString()).isEqualTo("AWS Internal");
        assertThat(e.get("userAgent").asString()).isEqualTo("AWS Internal");
        assertThat(e.get("requestParameters").isNull()).isTrue();
        assertThat(e.get("responseElements").isNull()).isTrue();
        assertThat(e.has("requestID")).isFalse();
        assertThat(e.has("additionalEventData")).isFalse();
        assertThat(e.get("readOnly").asBoolean()).isFalse();
        assertThat(e.get("serviceEventDetails").get("keyId").asString())
                .isEqualTo("1234abcd-12ab-34cd-56ef-1234567890ab");
        assertThat(e.get("serviceEventDetails").get("keyMaterialId").asString()).isEqualTo("ab12");
        assertThat(f.newest().username()).isNull();
    }

    @Test
    void a_call_through_an_aws_service_names_the_service_as_invoker_and_source() {
        String key = f.symmetricKey();
        Caller viaS3 = Caller.principal(AuditFixture.ACCOUNT, "arn:aws:iam::111122223333:user/Alice",
                CallSource.SERVICE).withViaService("s3.us-east-1.amazonaws.com");
        f.kms.encrypt(viaS3, EncryptRequest.of(key, new byte[] {9}));
        JsonNode e = json(f.newest());

        assertThat(e.get("userIdentity").get("type").asString()).isEqualTo("IAMUser");
        assertThat(e.get("userIdentity").get("userName").asString()).isEqualTo("Alice");
        assertThat(e.get("userIdentity").get("principalId").asString()).matches("AIDA[A-Z2-7]{17}");
        assertThat(e.get("userIdentity").get("invokedBy").asString()).isEqualTo("s3.amazonaws.com");
        assertThat(e.get("sourceIPAddress").asString()).isEqualTo("s3.amazonaws.com");
        assertThat(e.get("userAgent").asString()).isEqualTo("s3.amazonaws.com");
        assertThat(f.newest().username()).isEqualTo("Alice");
    }

    @Test
    void an_assumed_role_shows_its_session_issuer() {
        Caller role = Caller.principal(AuditFixture.ACCOUNT,
                "arn:aws:sts::111122223333:assumed-role/Auditor/bob-session", CallSource.WIRE);
        f.audit.record(AuditFixture.event("ListKeys", EventType.AWS_API_CALL, role, null, Map.of(), null, null,
                null));
        JsonNode identity = json(f.newest()).get("userIdentity");

        assertThat(identity.get("type").asString()).isEqualTo("AssumedRole");
        assertThat(identity.get("principalId").asString()).matches("AROA[A-Z2-7]{17}:bob-session");
        JsonNode issuer = identity.get("sessionContext").get("sessionIssuer");
        assertThat(issuer.get("type").asString()).isEqualTo("Role");
        assertThat(issuer.get("arn").asString()).isEqualTo("arn:aws:iam::111122223333:role/Auditor");
        assertThat(f.newest().username()).isEqualTo("bob-session");
        assertThat(json(f.newest()).has("resources")).isFalse();
    }

    @Test
    void the_defensive_scrub_drops_secret_members_at_any_depth_and_binary_values() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("CiphertextBlob", "Q0lQSEVS");
        nested.put("label", "kept");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("keyId", "alias/kept");
        params.put("plaintext", "TOP-SECRET");
        params.put("privateKeyPlaintext", "PRIVATE");
        params.put("grantTokens", List.of("TOKEN"));
        params.put("blob", new byte[] {1, 2, 3});
        params.put("nested", nested);
        params.put("list", List.of(Map.of("importToken", "IMPORT", "n", 1)));
        f.audit.record(AuditFixture.event("Encrypt", EventType.AWS_API_CALL, f.root, null, params,
                Map.of("plaintext", "RESPONSE-SECRET", "keyId", "k"), null, null));
        String stored = f.newest().json();

        assertThat(stored).doesNotContain("TOP-SECRET", "PRIVATE", "TOKEN", "Q0lQSEVS", "IMPORT", "RESPONSE-SECRET",
                "plaintext", "CiphertextBlob", "blob");
        JsonNode p = json(f.newest()).get("requestParameters");
        assertThat(p.get("keyId").asString()).isEqualTo("alias/kept");
        assertThat(p.get("nested").get("label").asString()).isEqualTo("kept");
        assertThat(p.get("list").get(0).get("n").asInt()).isEqualTo(1);
    }

    private static void assertCommonFields(JsonNode e, String name, String type) {
        assertThat(e.get("eventVersion").asString()).isEqualTo("1.11");
        assertThat(e.get("userIdentity").isObject()).isTrue();
        assertThat(e.get("eventTime").asString()).matches(ISO_SECONDS).isEqualTo("2025-05-20T20:46:16Z");
        assertThat(e.get("eventSource").asString()).isEqualTo("kms.amazonaws.com");
        assertThat(e.get("eventName").asString()).isEqualTo(name);
        assertThat(e.get("awsRegion").asString()).isEqualTo(AuditFixture.REGION);
        assertThat(e.get("sourceIPAddress").isString()).isTrue();
        assertThat(e.get("userAgent").isString()).isTrue();
        assertThat(e.has("requestParameters")).isTrue();
        assertThat(e.has("responseElements")).isTrue();
        assertThat(e.get("eventID").asString()).matches("[0-9a-f-]{36}");
        assertThat(e.get("readOnly").isBoolean()).isTrue();
        assertThat(e.get("eventType").asString()).isEqualTo(type);
        assertThat(e.get("managementEvent").asBoolean()).isTrue();
        assertThat(e.get("recipientAccountId").asString()).isEqualTo(AuditFixture.ACCOUNT);
        assertThat(e.get("eventCategory").asString()).isEqualTo("Management");
        if (e.has("resources")) {
            JsonNode r = e.get("resources").get(0);
            assertThat(r.get("accountId").asString()).isEqualTo(AuditFixture.ACCOUNT);
            assertThat(r.get("type").asString()).isEqualTo("AWS::KMS::Key");
            assertThat(r.get("ARN").asString()).startsWith("arn:aws:kms:us-east-1:111122223333:key/");
        }
        List<String> order = List.copyOf(e.propertyNames());
        assertThat(order.get(0)).isEqualTo("eventVersion");
        assertThat(order.get(order.size() - 1)).isEqualTo("eventCategory");
    }

    private static JsonNode json(AuditEntry entry) {
        return CloudTrailJson.tree(entry.json());
    }
}
