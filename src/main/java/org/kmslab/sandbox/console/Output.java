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

    /** The JSON result after {@code --query}, as JSON or, with {@code --output text}, as a bare value. */
    static String render(JsonNode result, String query, String output) {
        JsonNode shown = query == null ? result : result.at(AwsCliConsole.pointer(query));
        if ("text".equals(output) && shown.isValueNode()) {
            return shown.asString();
        }
        if (shown.isMissingNode()) {
            return "null";
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
