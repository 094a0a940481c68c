package org.kmslab.sandbox.console;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AWS CLI's shorthand syntax for maps and structures: {@code key=value,key2=value2}, with nested
 * {@code Name={k=v}} structures and {@code Name=[a,b]} lists. Values of structure members get the member's type.
 */
final class Shorthand {

    private final String text;
    private final String option;
    private int pos;

    private Shorthand(String text, String option) {
        this.text = text;
        this.option = option;
    }

    static JsonNode parse(String text, String member, Type type) {
        Shorthand p = new Shorthand(text.strip(), member);
        JsonNode node = p.object(type, false);
        if (p.pos < p.text.length()) {
            throw p.error("unexpected '" + p.text.charAt(p.pos) + "'");
        }
        return node;
    }

    private ObjectNode object(Type type, boolean braced) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        while (pos < text.length() && !(braced && peek() == '}')) {
            String key = until("=").strip();
            if (key.isEmpty() || !consume('=')) {
                throw error("expected key=value");
            }
            node.set(key, value(memberType(type, key)));
            if (!consume(',')) {
                break;
            }
        }
        return node;
    }

    private JsonNode value(Type type) {
        if (consume('{')) {
            ObjectNode nested = object(type, true);
            expect('}');
            return nested;
        }
        if (consume('[')) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            Type element = CliShapes.isList(type) ? ((ParameterizedType) type).getActualTypeArguments()[0] : String.class;
            while (pos < text.length() && peek() != ']') {
                array.add(scalar(until(",]").strip(), element));
                consume(',');
            }
            expect(']');
            return array;
        }
        return scalar(until(",}").strip(), type);
    }

    private static JsonNode scalar(String word, Type type) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (type == Integer.class || type == Long.class) {
            try {
                return f.numberNode(Long.parseLong(word));
            } catch (NumberFormatException e) {
                return f.stringNode(word);
            }
        }
        if (type == Boolean.class) {
            return f.booleanNode(Boolean.parseBoolean(word));
        }
        return f.stringNode(word);
    }

    private static Type memberType(Type container, String key) {
        if (CliShapes.isMap(container)) {
            return ((ParameterizedType) container).getActualTypeArguments()[1];
        }
        if (container instanceof Class<?> c) {
            RecordComponent component = CliShapes.component(c, key);
            if (component != null) {
                return component.getGenericType();
            }
        }
        return String.class;
    }

    private String until(String stops) {
        int start = pos;
        while (pos < text.length() && stops.indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private char peek() {
        return text.charAt(pos);
    }

    private boolean consume(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private CliSyntaxException error(String what) {
        return new CliSyntaxException("Error parsing parameter '--" + CliShapes.kebab(option) + "': " + what
                + " at character " + (pos + 1) + " of: " + text);
    }
}
