package org.kmslab.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One AWS KMS event as CloudTrail records it, field for field (names, order and nulls as in the AWS examples, e.g.
 * https://docs.aws.amazon.com/kms/latest/developerguide/ct-encrypt.html). {@code requestParameters} and
 * {@code responseElements} are always written, as {@code null} when absent; fields CloudTrail omits when empty
 * ({@code errorCode}, {@code requestID} of service events, {@code serviceEventDetails}, ...) are left out.
 *
 * @param eventTime ISO-8601 UTC with second precision, e.g. {@code 2025-05-20T20:46:16Z}
 */
@JsonPropertyOrder({"eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion",
        "sourceIPAddress", "userAgent", "errorCode", "errorMessage", "requestParameters", "responseElements",
        "additionalEventData", "requestID", "eventID", "readOnly", "resources", "eventType", "managementEvent",
        "recipientAccountId", "serviceEventDetails", "eventCategory"})
public record CloudTrailEvent(
        String eventVersion,
        UserIdentity userIdentity,
        String eventTime,
        String eventSource,
        String eventName,
        String awsRegion,
        @JsonProperty("sourceIPAddress") String sourceIpAddress,
        String userAgent,
        @JsonInclude(JsonInclude.Include.NON_NULL) String errorCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) String errorMessage,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> requestParameters,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> responseElements,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> additionalEventData,
        @JsonProperty("requestID") @JsonInclude(JsonInclude.Include.NON_NULL) String requestId,
        @JsonProperty("eventID") String eventId,
        boolean readOnly,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Resource> resources,
        String eventType,
        boolean managementEvent,
        String recipientAccountId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> serviceEventDetails,
        String eventCategory) {

    /** CloudTrail's record format version that the current KMS examples show. */
    public static final String EVENT_VERSION = "1.11";
    public static final String EVENT_SOURCE = "kms.amazonaws.com";
    public static final String RESOURCE_TYPE = "AWS::KMS::Key";

    /** The key ARN of the first resource, or null. */
    public String keyArn() {
        return resources == null || resources.isEmpty() ? null : resources.get(0).arn();
    }

    /**
     * CloudTrail's {@code userIdentity}. KMS-initiated events carry only {@code accountId} and
     * {@code invokedBy: "AWS Internal"}; calls an AWS service makes on a principal's behalf add {@code invokedBy}.
     */
    @JsonPropertyOrder({"type", "principalId", "arn", "accountId", "userName", "sessionContext", "invokedBy"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserIdentity(String type, String principalId, String arn, String accountId, String userName,
            Map<String, Object> sessionContext, String invokedBy) {
    }

    /** One entry of {@code resources}: the KMS key the call acted on. */
    @JsonPropertyOrder({"accountId", "type", "ARN"})
    public record Resource(String accountId, String type, @JsonProperty("ARN") String arn) {
    }
}
