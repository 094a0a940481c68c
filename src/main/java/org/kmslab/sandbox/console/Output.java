package org.kmslab.sandbox.console;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Printing results and errors the way the AWS CLI does. */
final class Output {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Output() {}

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * The JSON result as the AWS CLI v2 prints it: timestamps in ISO-8601, then {@code --query} (JMESPath), as JSON
     * or, with {@code --output text}, as bare values (a list of them tab-separated, null as {@code None}).
     */
    static String render(JsonNode result, String query, String output) {
        JsonNode dated = Timestamps.iso8601(result);
        JsonNode shown = query == null ? dated : JsonQuery.search(query, dated);
        if ("text".equals(output)) {
            if (shown.isNull()) {
                return "None";
            }
            if (shown.isValueNode()) {
                return shown.asString();
            }
            if (shown.isArray() && shown.valueStream().allMatch(JsonNode::isValueNode)) {
                return String.join("\t", shown.valueStream().map(v -> v.isNull() ? "None" : v.asString()).toList());
            }
        }
        if (shown.isObject() && shown.isEmpty() && query == null) {
            return ""; // the AWS CLI prints nothing for an empty result, e.g. disable-key
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shown);
    }

    /** A successful AWS-style call whose output is its JSON result. */
    static ConsoleResult json(String line, String operation, JsonNode result, CliArgs args) {
        return new ConsoleResult(line, operation, render(result, args.query(), args.output()), result, null, null);
    }

    /** {@code An error occurred (Code) when calling the Operation operation: message}. */
    static String errorLine(String code, String operation, String message) {
        return "An error occurred (" + code + ") when calling the " + operation + " operation: "
                + (message == null ? "" : message);
    }

    static ConsoleResult error(String line, String operation, String code, String message) {
        return new ConsoleResult(line, operation, errorLine(code, operation, message), null, code, message);
    }

    static ConsoleResult syntax(String line, String message) {
        return new ConsoleResult(line, null, message, null, ConsoleResult.SYNTAX_ERROR, message);
    }
}
