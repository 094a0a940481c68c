package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;

/**
 * {@link CloudTrailJson#compact}, written field by field, gives exactly the text Jackson's bean serializer writes for
 * the same record: for the events of real engine calls (successes, failures, service events, calls through a service)
 * and hand-made shapes (assumed roles, nested and empty maps, nulls everywhere CloudTrail allows them).
 */
class CloudTrailJsonTest {

    private final AuditFixture f = new AuditFixture();

    @AfterEach
    void closeFixture() {
        f.close();
    }

    @Test
    void the_field_by_field_writer_gives_the_bean_serializers_text_for_every_event_shape() {
        List<EngineEvent> events = new ArrayList<>();
        f.kms.addListener(events::add);
        String key = f.symmetricKey();
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {1, 2, 3}, Map.of("purpose", "tést")))
                .ciphertextBlob();
        f.kms.decrypt(f.root, DecryptRequest.of(blob, Map.of("purpose", "tést")));
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob)));
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of("alias/missing", new byte[] {1})));
        f.kms.generateDataKey(f.root, GenerateDataKeyRequest.ofBytes(key, 32));
        Caller viaS3 = Caller.principal(AuditFixture.ACCOUNT, "arn:aws:iam::111122223333:user/Alice",
                CallSource.SERVICE).withViaService("s3.us-east-1.amazonaws.com");
        f.kms.encrypt(viaS3, EncryptRequest.of(key, "x\"\\\n\u2028".getBytes(StandardCharsets.UTF_8)));
        f.kms.createKey(f.root, CreateKeyRequest.symmetric());
        assertThat(events).hasSizeGreaterThanOrEqualTo(7);

        List<CloudTrailEvent> trails = new ArrayList<>();
        events.forEach(e -> trails.add(CloudTrailMapper.map(e)));
        Caller kms = new Caller(AuditFixture.ACCOUNT, "kms.amazonaws.com", CallSource.KMS_INTERNAL, null,
                "AWS Internal", null);
        String arn = AuditFixture.arn("1234abcd-12ab-34cd-56ef-1234567890ab");
        trails.add(CloudTrailMapper.map(AuditFixture.event("RotateKey", EventType.AWS_SERVICE_EVENT, kms, arn,
                Map.of("keyId", arn, "keyMaterialId", "ab12"), null, null, "ab12")));
        Caller role = Caller.principal(AuditFixture.ACCOUNT,
                "arn:aws:sts::111122223333:assumed-role/Auditor/bob-session", CallSource.WIRE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", 5);
        params.put("nothing", null);
        params.put("nested", Map.of("list", List.of(1, "two", true, 2.5), "empty", Map.of()));
        trails.add(CloudTrailMapper.map(AuditFixture.event("ListKeys", EventType.AWS_API_CALL, role, null, params,
                Map.of(), "AccessDeniedException", null)));
        trails.add(new CloudTrailEvent(null, null, null, null, null, null, null, null, null, null, null, null,
                Map.of(), null, null, false, List.of(), null, false, null, null, null));
        trails.add(new CloudTrailEvent("1.11", new CloudTrailEvent.UserIdentity(null, null, null, null, null, null,
                null), "t", "s", "n", "r", "ip", "ua", "", "", Map.of(), Map.of(), Map.of("k", "v"), "rid", "eid", true,
                List.of(new CloudTrailEvent.Resource(null, "AWS::KMS::Key", "arn")), "AwsApiCall", true, "1",
                Map.of(), "Management"));

        for (CloudTrailEvent trail : trails) {
            assertThat(CloudTrailJson.compact(trail)).isEqualTo(CloudTrailJson.compactByBeanSerializer(trail));
        }
    }
}
