package org.kmslab.sandbox.console;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kmslab.sandbox.services.Workspace;
import org.kmslab.sandbox.services.WorkspaceException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives the words of each option the type its request member has, the way the AWS CLI does from the service model:
 * numbers, booleans, lists, maps and structures in shorthand ({@code purpose=test,team=blue}) or JSON, timestamps as
 * ISO-8601 or epoch seconds. Blobs are Base64, as the AWS CLI v2 reads them, except {@code --plaintext} and
 * {@code --message}, which the console takes as text so that learners can type their message. {@code fileb://} and
 * {@code file://} read the console's workspace files.
 */
final class CliShapes {

    /** Blob members the console reads as UTF-8 text rather than Base64. */
    private static final Set<String> TEXT_BLOBS = Set.of("Plaintext", "Message");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FILEB = "fileb://";
    private static final String FILE = "file://";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CliShapes() {}

    static ObjectNode toJson(Class<?> requestType, Map<String, List<String>> options) {
        return toJson(requestType, options, null);
    }

    /**
     * As the AWS CLI: {@code fileb://name} gives a blob option the raw bytes of a workspace file, and
     * {@code file://name} gives any option the file's text, read as if typed.
     */
    static ObjectNode toJson(Class<?> requestType, Map<String, List<String>> options, Workspace files) {
        ObjectNode body = NODES.objectNode();
        for (Map.Entry<String, List<String>> option : options.entrySet()) {
            RecordComponent component = component(requestType, option.getKey());
            if (component == null) {
                throw new CliSyntaxException("Unknown options: --" + kebab(option.getKey()));
            }
            Type type = component.getGenericType();
            List<String> words = option.getValue();
            if (words.size() == 1 && words.getFirst().startsWith(FILEB)) {
                body.set(option.getKey(), binaryFile(option.getKey(), type, words.getFirst(), files));
                continue;
            }
            words = words.stream().map(w -> w.startsWith(FILE) ? textFile(w, files) : w).toList();
            body.set(option.getKey(), fromWords(option.getKey(), type, words));
        }
        return body;
    }

    private static JsonNode binaryFile(String member, Type type, String word, Workspace files) {
        if (type != byte[].class) {
            throw new CliSyntaxException("fileb:// works only for blob options; --" + kebab(member)
                    + " takes text: use file://");
        }
        return NODES.stringNode(Base64.getEncoder().encodeToString(read(files, word.substring(FILEB.length()))));
    }

    private static String textFile(String word, Workspace files) {
        return new String(read(files, word.substring(FILE.length())), StandardCharsets.UTF_8);
    }

    private static byte[] read(Workspace files, String name) {
        if (files == null) {
            throw new CliSyntaxException("This console has no files.");
        }
        try {
            return files.read(name);
        } catch (WorkspaceException e) {
            throw new CliSyntaxException("Error parsing parameter: Unable to load paramfile " + name + ": "
                    + e.getMessage());
        }
    }

    private static JsonNode fromWords(String member, Type type, List<String> words) {
        if (type == Boolean.class || type == boolean.class) {
            if (words.isEmpty()) {
                return NODES.booleanNode(true);
            }
            return NODES.booleanNode(Boolean.parseBoolean(single(member, words)));
        }
        if (isList(type)) {
            if (words.isEmpty()) {
                throw new CliSyntaxException("argument --" + kebab(member) + ": expected at least one argument");
            }
            if (words.size() == 1 && words.getFirst().startsWith("[")) {
                return parseJson(member, words.getFirst());
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            ArrayNode array = NODES.arrayNode();
            for (String word : words) {
                for (String item : element == String.class ? List.of(word.split(",")) : List.of(word)) {
                    array.add(fromText(member, element, item));
                }
            }
            return array;
        }
        return fromText(member, type, single(member, words));
    }

    private static JsonNode fromText(String member, Type type, String text) {
        if (type == String.class) {
            return NODES.stringNode(text);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            try {
                return NODES.numberNode(Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                throw new CliSyntaxException("invalid literal for int() with base 10: '" + text + "' (--" + kebab(member) + ")");
            }
        }
        if (type == Boolean.class || type == boolean.class) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        if (type == byte[].class) {
            return NODES.stringNode(TEXT_BLOBS.contains(member)
                    ? Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
                    : text.strip());
        }
        if (type == Instant.class) {
            return timestamp(member, text);
        }
        if (text.strip().startsWith("{")) {
            return parseJson(member, text);
        }
        return Shorthand.parse(text, member, type);
    }

    private static JsonNode timestamp(String member, String text) {
        try {
            return NODES.numberNode(Long.parseLong(text.strip()));
        } catch (NumberFormatException notEpoch) {
            try {
                return NODES.numberNode(Instant.parse(text.strip()).getEpochSecond());
            } catch (DateTimeParseException e) {
                throw new CliSyntaxException("Unable to parse parameter --" + kebab(member)
                        + ": give a timestamp such as 2027-01-31T00:00:00Z or epoch seconds.");
            }
        }
    }

    static JsonNode parseJson(String member, String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new CliSyntaxException("Error parsing parameter '--" + kebab(member) + "': Invalid JSON: "
                    + e.getOriginalMessage());
        }
    }

    private static String single(String member, List<String> words) {
        if (words.isEmpty()) {
            throw new CliSyntaxException("argument --" + kebab(member) + ": expected one argument");
        }
        if (words.size() > 1) {
            throw new CliSyntaxException("Unknown options: " + String.join(", ", words.subList(1, words.size())));
        }
        return words.getFirst();
    }

    static boolean isList(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == List.class;
    }

    static boolean isMap(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == Map.class;
    }

    /** The record component behind an AWS member name ({@code KeyId} is {@code keyId}). */
    static RecordComponent component(Class<?> type, String member) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equalsIgnoreCase(member)) {
                return c;
            }
        }
        return null;
    }

    /** {@code KeyId} -> {@code key-id}. */
    static String kebab(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
