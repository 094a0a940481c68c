package org.kmslab.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * CloudTrail's {@code LookupEvents} (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html)
 * over one account's audit log: at most one lookup attribute ({@code EventId}, {@code EventName}, {@code ReadOnly},
 * {@code Username}, {@code ResourceType}, {@code ResourceName}, {@code EventSource}, {@code AccessKeyId}), a time
 * range in epoch seconds, {@code MaxResults} from 1 to 50 (default 50) and an opaque {@code NextToken}. Results are
 * newest first, as CloudTrail returns them; times are epoch seconds, as in the AWS JSON 1.1 protocol.
 */
final class LookupEvents {

    static final int MAX_RESULTS = 50;

    private LookupEvents() {
    }

    /** A CloudTrail error: the exception name and its message, sent as HTTP 400. */
    static final class LookupException extends RuntimeException {
        private final String type;

        LookupException(String type, String message) {
            super(message);
            this.type = type;
        }

        String type() {
            return type;
        }
    }

    static Map<String, Object> run(AuditService audit, String accountId, String region, String body) {
        JsonNode request = parse(body);
        AuditQuery query = AuditQuery.all(accountId, region, maxResults(request.get("MaxResults")));
        Instant start = time(request.get("StartTime"), "StartTime");
        Instant end = time(request.get("EndTime"), "EndTime");
        if (start != null && end != null && start.isAfter(end)) {
            throw new LookupException("InvalidTimeRangeException",
                    "Start time must be equal to or earlier than end time.");
        }
        query = query.withTimeRange(start, end).withBeforeSeq(token(request.get("NextToken")));
        JsonNode attributes = request.get("LookupAttributes");
        boolean nothing = false;
        if (attributes != null && !attributes.isNull()) {
            if (!attributes.isArray() || attributes.size() > 1) {
                throw new LookupException("InvalidLookupAttributesException",
                        "You can specify only one lookup attribute.");
            }
            if (attributes.size() == 1) {
                String key = text(attributes.get(0).get("AttributeKey"));
                String value = text(attributes.get(0).get("AttributeValue"));
                if (value == null || value.isEmpty()) {
                    throw new LookupException("InvalidLookupAttributesException",
                            "The lookup attribute value must not be empty.");
                }
                switch (key == null ? "" : key) {
                    case "EventId" -> query = query.withEventId(value);
                    case "EventName" -> query = query.withEventName(value);
                    case "Username" -> query = query.withUsername(value);
                    case "ResourceName" -> query = query.withKey(value);
                    case "ReadOnly" -> query = query.withReadOnly(readOnly(value));
                    case "EventSource" -> nothing = !CloudTrailEvent.EVENT_SOURCE.equals(value);
                    case "ResourceType" -> nothing = !CloudTrailEvent.RESOURCE_TYPE.equals(value);
                    case "AccessKeyId" -> nothing = true;
                    default -> throw new LookupException("InvalidLookupAttributesException",
                            "Unsupported AttributeKey " + key + ".");
                }
            }
        }
        List<AuditEntry> page = nothing ? List.of() : audit.find(query);
        List<Map<String, Object>> events = new ArrayList<>(page.size());
        page.forEach(e -> events.add(event(e)));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("Events", events);
        if (page.size() == query.limit()) {
            long last = page.get(page.size() - 1).seq();
            response.put("NextToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("seq:" + last).getBytes(StandardCharsets.UTF_8)));
        }
        return response;
    }

    private static Map<String, Object> event(AuditEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("EventId", e.eventId());
        out.put("EventName", e.eventName());
        out.put("ReadOnly", Boolean.toString(e.readOnly()));
        out.put("EventTime", e.eventTime().getEpochSecond());
        out.put("EventSource", CloudTrailEvent.EVENT_SOURCE);
        if (e.username() != null) {
            out.put("Username", e.username());
        }
        out.put("Resources", e.keyArn() == null ? List.of()
                : List.of(Map.of("ResourceType", CloudTrailEvent.RESOURCE_TYPE, "ResourceName", e.keyArn())));
        out.put("CloudTrailEvent", e.json());
        return out;
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = CloudTrailJson.tree(body == null || body.isBlank() ? "{}" : body);
            if (!node.isObject()) {
                throw new LookupException("ValidationException", "The request body must be a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw new LookupException("SerializationException", "The request body is not valid JSON.");
        }
    }

    private static int maxResults(JsonNode node) {
        if (node == null || node.isNull()) {
            return MAX_RESULTS;
        }
        if (!node.canConvertToInt() || node.asInt() < 1 || node.asInt() > MAX_RESULTS) {
            throw new LookupException("InvalidMaxResultsException", "MaxResults must be from 1 to 50.");
        }
        return node.asInt();
    }

    private static Instant time(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return Instant.ofEpochMilli(Math.round(node.asDouble() * 1000));
        }
        String text = node.asString();
        try {
            return text.matches("\\d+(\\.\\d+)?") ? Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000))
                    : Instant.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new LookupException("ValidationException", name + " must be epoch seconds or an ISO-8601 time.");
        }
    }

    private static Long token(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(node.asString()), StandardCharsets.UTF_8);
            if (!decoded.startsWith("seq:")) {
                throw new IllegalArgumentException(decoded);
            }
            return Long.parseLong(decoded.substring(4));
        } catch (IllegalArgumentException e) {
            throw new LookupException("InvalidNextTokenException", "A token that is not valid was provided.");
        }
    }

    private static Boolean readOnly(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new LookupException("InvalidLookupAttributesException", "ReadOnly must be true or false.");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
