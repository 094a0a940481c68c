package org.kmslab.lessons;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A parsed YAML file that remembers on which line each value starts, so that schema errors can point authors at the
 * line to fix. Locations are keyed by JSON Pointer ({@code /steps/0/title}). The line index is a second pass over the
 * text, made only when a line is first asked for: a valid course, the usual case at start-up, never needs it.
 */
public final class YamlDocument {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final String file;
    private final JsonNode root;
    private final String text;
    private Map<String, Integer> lines;

    private YamlDocument(String file, JsonNode root, String text) {
        this.file = file;
        this.root = root;
        this.text = text;
    }

    /** Parses YAML text; a syntax error becomes an {@link InvalidLessonException} with its line. */
    public static YamlDocument parse(String file, String text) {
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new InvalidLessonException(file, 0, "the file is empty");
            }
            return new YamlDocument(file, root, text);
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidLessonException(file, line, "not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static Map<String, Integer> indexLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        Deque<Object> path = new ArrayDeque<>(); // String field names and int[] array counters
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME) {
                    path.addLast(parser.currentName());
                    lines.put(pointer(path), parser.currentTokenLocation().getLineNr());
                    continue;
                }
                if (!path.isEmpty() && path.peekLast() instanceof int[] counter && token != JsonToken.END_ARRAY) {
                    counter[0]++;
                    lines.put(pointer(path), parser.currentTokenLocation().getLineNr());
                }
                switch (token) {
                    case START_OBJECT -> path.addLast(new Object());
                    case START_ARRAY -> path.addLast(new int[] {-1});
                    case END_OBJECT, END_ARRAY -> {
                        path.removeLast();
                        dropFieldName(path);
                    }
                    default -> dropFieldName(path);
                }
            }
        }
        return lines;
    }

    private static void dropFieldName(Deque<Object> path) {
        if (!path.isEmpty() && path.peekLast() instanceof String) {
            path.removeLast();
        }
    }

    private static String pointer(Deque<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object part : path) {
            if (part instanceof String name) {
                sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            } else if (part instanceof int[] counter) {
                sb.append('/').append(counter[0]);
            }
        }
        return sb.toString();
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The line where the value at this JSON Pointer starts, the nearest enclosing one's, or 0. */
    public synchronized int lineOf(String jsonPointer) {
        if (lines == null) {
            lines = indexLines(text);
        }
        String p = jsonPointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = p.lastIndexOf('/');
            if (cut < 0) {
                return 0;
            }
            p = p.substring(0, cut);
        }
    }

    /** An error at a JSON Pointer of this document. */
    public InvalidLessonException error(String jsonPointer, String problem) {
        return new InvalidLessonException(file, lineOf(jsonPointer), problem);
    }
}
