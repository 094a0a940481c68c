package org.kmslab.sandbox.console;

import io.burt.jmespath.BaseRuntime;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.JmesPathType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AWS CLI's {@code --query}: full JMESPath ({@code Keys[*].KeyId}, {@code Aliases[?starts_with(AliasName,
 * 'alias/aws/')]}, {@code length(Keys)}, multi-selects, pipes), by the jmespath-core library over Jackson 3 trees.
 * An expression that does not parse is the CLI's "Bad value for --query" error.
 */
final class JsonQuery extends BaseRuntime<JsonNode> {

    private static final JsonQuery RUNTIME = new JsonQuery();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonQuery() {}

    /** Parses an expression, or refuses it as the AWS CLI does before any call is made. */
    static Expression<JsonNode> parse(String expression) {
        try {
            return RUNTIME.compile(expression);
        } catch (JmesPathException e) {
            throw new CliSyntaxException("Bad value for --query " + expression + ": " + e.getMessage());
        }
    }

    /** Evaluates {@code expression} on {@code document}; JMESPath's null is a JSON null node. */
    static JsonNode search(String expression, JsonNode document) {
        Expression<JsonNode> compiled = parse(expression);
        try {
            return compiled.search(document);
        } catch (JmesPathException e) {
            throw new CliSyntaxException("Bad value for --query " + expression + ": " + e.getMessage());
        }
    }

    @Override
    public JsonNode parseString(String string) {
        return Output.JSON.readTree(string);
    }

    @Override
    public List<JsonNode> toList(JsonNode value) {
        List<JsonNode> elements = new ArrayList<>();
        if (value.isArray() || value.isObject()) {
            value.values().forEach(elements::add);
        }
        return elements;
    }

    @Override
    public String toString(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    @Override
    public Number toNumber(JsonNode value) {
        return value.isNumber() ? value.numberValue() : null;
    }

    @Override
    public boolean isTruthy(JsonNode value) {
        return switch (typeOf(value)) {
            case ARRAY, OBJECT -> !value.isEmpty();
            case STRING -> !value.asString().isEmpty();
            case BOOLEAN -> value.booleanValue();
            case NUMBER -> true;
            case NULL -> false;
        };
    }

    @Override
    public JmesPathType typeOf(JsonNode value) {
        if (value.isArray()) {
            return JmesPathType.ARRAY;
        }
        if (value.isObject()) {
            return JmesPathType.OBJECT;
        }
        if (value.isString() || value.isBinary()) {
            return JmesPathType.STRING;
        }
        if (value.isBoolean()) {
            return JmesPathType.BOOLEAN;
        }
        if (value.isNumber()) {
            return JmesPathType.NUMBER;
        }
        return JmesPathType.NULL;
    }

    @Override
    public JsonNode getProperty(JsonNode value, JsonNode name) {
        JsonNode found = value.isObject() ? value.get(name.asString()) : null;
        return found == null ? NODES.nullNode() : found;
    }

    @Override
    public Collection<JsonNode> getPropertyNames(JsonNode value) {
        List<JsonNode> names = new ArrayList<>();
        if (value.isObject()) {
            value.propertyNames().forEach(n -> names.add(NODES.stringNode(n)));
        }
        return names;
    }

    @Override
    public JsonNode createNull() {
        return NODES.nullNode();
    }

    @Override
    public JsonNode createArray(Collection<JsonNode> elements) {
        ArrayNode array = NODES.arrayNode();
        elements.forEach(array::add);
        return array;
    }

    @Override
    public JsonNode createString(String value) {
        return NODES.stringNode(value);
    }

    @Override
    public JsonNode createBoolean(boolean value) {
        return NODES.booleanNode(value);
    }

    @Override
    public JsonNode createObject(Map<JsonNode, JsonNode> members) {
        ObjectNode object = NODES.objectNode();
        members.forEach((name, value) -> object.set(name.asString(), value));
        return object;
    }

    @Override
    public JsonNode createNumber(double value) {
        return NODES.numberNode(value);
    }

    @Override
    public JsonNode createNumber(long value) {
        return NODES.numberNode(value);
    }
}
