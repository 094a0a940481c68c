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
 * ISO-8601 or epoch seconds. Blobs follow the AWS CLI v2: a typed value is Base64 (refused with v2's
 * {@code Invalid base64} error otherwise), {@code fileb://name} gives the raw bytes of a workspace file, and
 * {@code --cli-binary-format raw-in-base64-out} makes a typed value its own UTF-8 bytes. {@code file://} reads a
 * workspace file's text as if typed. The lessons give every blob as {@code fileb://}, the one form that AWS CLI v1
 * and v2 read alike (docs/lesson-authoring.md).
 */
final class CliShapes {

    /** The {@code --cli-binary-format} value that makes typed blobs raw text, as in the AWS CLI v2. */
    static final String RAW_IN = "raw-in-base64-out";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FILEB = "fileb://";
    private static final String FILE = "file://";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CliShapes() {}

    static ObjectNode toJson(Class<?> requestType, Map<String, List<String>> options) {
        return toJson(requestType, options, null, false);
    }

    /**
     * As the AWS CLI: {@code fileb://name} gives a blob option the raw bytes of a workspace file, and
     * {@code file://name} gives any option the file's text, read as if typed.
     *
     * @param rawBlobs true under {@code --cli-binary-format raw-in-base64-out}: typed blobs are text, not Base64
     */
    static ObjectNode toJson(Class<?> requestType, Map<String, List<String>> options, Workspace files,
            boolean rawBlobs) {
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
            body.set(option.getKey(), fromWords(option.getKey(), type, words, rawBlobs));
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

    private static JsonNode fromWords(String member, Type type, List<String> words, boolean rawBlobs) {
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
                    array.add(fromText(member, element, item, rawBlobs));
                }
            }
            return array;
        }
        return fromText(member, type, single(member, words), rawBlobs);
    }

    private static JsonNode fromText(String member, Type type, String text, boolean rawBlobs) {
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
            return NODES.stringNode(rawBlobs
                    ? Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
                    : base64(text));
        }
        if (type == Instant.class) {
            return timestamp(member, text);
        }
        if (text.strip().startsWith("{")) {
            return parseJson(member, text);
        }
        return Shorthand.parse(text, member, type);
    }

    /** A typed blob as the AWS CLI v2 reads it: strict Base64, or its error. */
    private static String base64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return text;
        } catch (IllegalArgumentException e) {
            throw new CliSyntaxException("Invalid base64: \"" + text + "\"");
        }
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
