package org.kmslab.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CloudTrail records as JSON: compact for storage and JSON lines, pretty for people. */
public final class CloudTrailJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CloudTrailJson() {
    }

    /** One line of JSON, as stored and as CloudTrail's LookupEvents returns it in {@code CloudTrailEvent}. */
    public static String compact(CloudTrailEvent event) {
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
