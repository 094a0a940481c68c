package org.kmslab.sandbox.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Timestamps as the AWS CLI v2 prints them. On the wire KMS sends epoch seconds ({@code 1796246542.009}); the CLI v2
 * shows ISO-8601 with microseconds and the offset ({@code 2026-12-03T09:42:22.009000+00:00}, no fraction when it is
 * zero), and {@code --query} sees that text. Timestamp members are the ones whose name ends in {@code Date} or
 * {@code ValidTo} ({@code CreationDate}, {@code DeletionDate}, {@code ParametersValidTo}, ...): KMS has no other
 * numbers with a fraction.
 */
final class Timestamps {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** A copy of {@code node} with every timestamp member as ISO-8601 text. */
    static JsonNode iso8601(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                JsonNode value = member.getValue();
                copy.set(member.getKey(), value.isNumber() && isTimestamp(member.getKey())
                        ? JsonNodeFactory.instance.stringNode(format(value.decimalValue()))
                        : iso8601(value));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.values().forEach(v -> copy.add(iso8601(v)));
            return copy;
        }
        return node;
    }

    private static boolean isTimestamp(String member) {
        return member.endsWith("Date") || member.endsWith("ValidTo");
    }

    /** Epoch seconds (with up to microseconds) as the AWS CLI v2 prints them. */
    static String format(BigDecimal epochSeconds) {
        BigDecimal micros = epochSeconds.setScale(6, RoundingMode.HALF_UP);
        long seconds = micros.longValue();
        int nanos = micros.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).intValue();
        Instant instant = Instant.ofEpochSecond(seconds, nanos);
        return (nanos == 0 ? SECONDS : MICROS).format(instant) + "+00:00";
    }
}
