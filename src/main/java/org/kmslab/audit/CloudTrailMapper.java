package org.kmslab.audit;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;

/**
 * Builds the CloudTrail record of an engine event. What each field holds follows the AWS KMS CloudTrail examples
 * (https://docs.aws.amazon.com/kms/latest/developerguide/understanding-kms-entries.html and the ct-*.html pages under
 * it), including their quirks: a Decrypt always shows {@code encryptionAlgorithm}; the material version of a call goes
 * to {@code additionalEventData.keyMaterialId}; KMS-initiated events ({@code RotateKey}, {@code DeleteKey},
 * {@code DeleteExpiredKeyMaterial}) have null parameters, no request id, and a {@code serviceEventDetails} naming
 * the bare key id.
 */
final class CloudTrailMapper {

    private CloudTrailMapper() {
    }

    static CloudTrailEvent map(EngineEvent e) {
        boolean service = e.eventType() == EventType.AWS_SERVICE_EVENT;
        Caller caller = e.caller();
        String invokedBy = Identities.invokedBy(caller);
        return new CloudTrailEvent(
                CloudTrailEvent.EVENT_VERSION,
                Identities.of(caller),
                e.eventTime().truncatedTo(ChronoUnit.SECONDS).toString(),
                CloudTrailEvent.EVENT_SOURCE,
                e.eventName(),
                e.region(),
                service ? Identities.AWS_INTERNAL : sourceIp(caller, invokedBy),
                service ? Identities.AWS_INTERNAL : userAgent(caller, invokedBy),
                e.errorCode(),
                e.errorCode() == null ? null : e.errorMessage() == null ? "" : e.errorMessage(),
                service ? null : requestParameters(e),
                service ? null : SecretScrub.scrub(e.responseElements()),
                service || e.keyMaterialId() == null ? null : Map.of("keyMaterialId", e.keyMaterialId()),
                service ? null : e.requestId(),
                e.eventId(),
                e.readOnly(),
                resources(e),
                e.eventType().wire(),
                true,
                e.accountId(),
                service ? serviceEventDetails(e) : null,
                "Management");
    }

    private static String sourceIp(Caller caller, String invokedBy) {
        if (invokedBy != null) {
            return invokedBy;
        }
        return caller.sourceIpAddress() == null ? Identities.AWS_INTERNAL : caller.sourceIpAddress();
    }

    private static String userAgent(Caller caller, String invokedBy) {
        if (invokedBy != null) {
            return invokedBy;
        }
        return caller.userAgent() == null ? Identities.AWS_INTERNAL : caller.userAgent();
    }

    private static Map<String, Object> requestParameters(EngineEvent e) {
        Map<String, Object> params = SecretScrub.scrub(e.requestParameters());
        if ("Decrypt".equals(e.eventName()) && (params == null || !params.containsKey("encryptionAlgorithm"))) {
            // ct-decrypt.html: the entry "always includes the encryptionAlgorithm ... even if [it] wasn't specified".
            Map<String, Object> withAlgorithm = new LinkedHashMap<>();
            withAlgorithm.put("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
            if (params != null) {
                withAlgorithm.putAll(params);
            }
            return withAlgorithm;
        }
        return params;
    }

    private static List<CloudTrailEvent.Resource> resources(EngineEvent e) {
        if (e.keyArn() == null) {
            return List.of();
        }
        return List.of(new CloudTrailEvent.Resource(Identities.accountOf(e.keyArn(), e.accountId()),
                CloudTrailEvent.RESOURCE_TYPE, e.keyArn()));
    }

    private static Map<String, Object> serviceEventDetails(EngineEvent e) {
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, Object> given = SecretScrub.scrub(e.requestParameters());
        if (given != null) {
            details.putAll(given);
        }
        Object keyId = details.getOrDefault("keyId", e.keyArn());
        if (keyId != null) {
            details.put("keyId", Identities.lastSegment(keyId.toString()));
        }
        if (e.keyMaterialId() != null) {
            details.putIfAbsent("keyMaterialId", e.keyMaterialId());
        }
        return details;
    }
}
