package org.kmslab.audit;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CloudTrail records as JSON: compact for storage and JSON lines, pretty for people. */
public final class CloudTrailJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CloudTrailJson() {
    }

    /**
     * One line of JSON, as stored and as CloudTrail's LookupEvents returns it in {@code CloudTrailEvent}: the same text
     * Jackson's bean serializer writes for the record (its annotations give the names, order and inclusion), written
     * field by field on Jackson's generator, with Jackson serializing only the free-form maps. The bean serializer's
     * per-property reflection was the largest single cost of the audit record on the wire path (docs/benchmarks.md).
     */
    public static String compact(CloudTrailEvent e) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("eventVersion", e.eventVersion());
            g.writeName("userIdentity");
            userIdentity(g, e.userIdentity());
            g.writeStringProperty("eventTime", e.eventTime());
            g.writeStringProperty("eventSource", e.eventSource());
            g.writeStringProperty("eventName", e.eventName());
            g.writeStringProperty("awsRegion", e.awsRegion());
            g.writeStringProperty("sourceIPAddress", e.sourceIpAddress());
            g.writeStringProperty("userAgent", e.userAgent());
            if (e.errorCode() != null) {
                g.writeStringProperty("errorCode", e.errorCode());
            }
            if (e.errorMessage() != null) {
                g.writeStringProperty("errorMessage", e.errorMessage());
            }
            g.writePOJOProperty("requestParameters", e.requestParameters());
            g.writePOJOProperty("responseElements", e.responseElements());
            if (e.additionalEventData() != null && !e.additionalEventData().isEmpty()) {
                g.writePOJOProperty("additionalEventData", e.additionalEventData());
            }
            if (e.requestId() != null) {
                g.writeStringProperty("requestID", e.requestId());
            }
            g.writeStringProperty("eventID", e.eventId());
            g.writeBooleanProperty("readOnly", e.readOnly());
            if (e.resources() != null && !e.resources().isEmpty()) {
                g.writeArrayPropertyStart("resources");
                for (CloudTrailEvent.Resource r : e.resources()) {
                    g.writeStartObject();
                    g.writeStringProperty("accountId", r.accountId());
                    g.writeStringProperty("type", r.type());
                    g.writeStringProperty("ARN", r.arn());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeStringProperty("eventType", e.eventType());
            g.writeBooleanProperty("managementEvent", e.managementEvent());
            g.writeStringProperty("recipientAccountId", e.recipientAccountId());
            if (e.serviceEventDetails() != null) {
                g.writePOJOProperty("serviceEventDetails", e.serviceEventDetails());
            }
            g.writeStringProperty("eventCategory", e.eventCategory());
            g.writeEndObject();
        }
        return out.toString();
    }

    /** {@link CloudTrailEvent.UserIdentity}: its non-null members, in its declared order. */
    private static void userIdentity(JsonGenerator g, CloudTrailEvent.UserIdentity u) {
        if (u == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        stringIfSet(g, "type", u.type());
        stringIfSet(g, "principalId", u.principalId());
        stringIfSet(g, "arn", u.arn());
        stringIfSet(g, "accountId", u.accountId());
        stringIfSet(g, "userName", u.userName());
        if (u.sessionContext() != null) {
            g.writePOJOProperty("sessionContext", u.sessionContext());
        }
        stringIfSet(g, "invokedBy", u.invokedBy());
        g.writeEndObject();
    }

    private static void stringIfSet(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    /** What {@link #compact} writes, by Jackson's bean serializer: the reference it is tested against. */
    static String compactByBeanSerializer(CloudTrailEvent event) {
        return JSON.writeValueAsString(event);
    }

    /** The stored JSON re-indented for reading; field order is kept. */
    public static String pretty(String json) {
        JsonNode tree = JSON.readTree(json);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    static JsonMapper mapper() {
        return JSON;
    }
}
