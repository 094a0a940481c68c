package org.kmslab.lessons;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the course: {@code index.yaml}, then each listed lesson's {@code lesson.yaml} and step Markdown files. Every
 * YAML file is validated against its JSON schema from {@code lessons/schema/} (the schema is the source of truth), and
 * the cross-file rules a schema cannot express are checked here. The first problem found stops loading with an
 * {@link InvalidLessonException} naming the file, the line and the problem.
 */
public final class LessonLoader {

    private final LessonSource source;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemaCache = new HashMap<>();

    public LessonLoader(LessonSource source) {
        this.source = source;
    }

    public LessonCatalog load() {
        YamlDocument index = readValidated("index.yaml", "index.schema.json");
        List<Lesson> lessons = new ArrayList<>();
        JsonNode ids = index.root().get("lessons");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i).asString();
            if (source.read(id + "/lesson.yaml").isEmpty()) {
                throw index.error("/lessons/" + i, "lesson '" + id + "' is listed but " + id + "/lesson.yaml does not exist");
            }
            lessons.add(loadLesson(id));
        }
        return new LessonCatalog(index.root().get("title").asString(), lessons);
    }

    /** Loads and validates one lesson folder. */
    public Lesson loadLesson(String id) {
        String path = id + "/lesson.yaml";
        YamlDocument doc = readValidated(path, "lesson.schema.json");
        JsonNode root = doc.root();
        if (!id.equals(root.get("id").asString())) {
            throw doc.error("/id", "id '" + root.get("id").asString() + "' must equal the folder name '" + id + "'");
        }
        List<Lesson.Step> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        JsonNode stepNodes = root.get("steps");
        for (int i = 0; i < stepNodes.size(); i++) {
            JsonNode step = stepNodes.get(i);
            String stepId = step.get("id").asString();
            if (!stepIds.add(stepId)) {
                throw doc.error("/steps/" + i + "/id", "duplicate step id '" + stepId + "'");
            }
            String bodyPath = id + "/" + step.get("body").asString();
            String bodyPointer = pointer(i, "body");
            String markdown = source.read(bodyPath)
                    .orElseThrow(() -> doc.error(bodyPointer, "step body " + bodyPath + " does not exist"));
            if (markdown.isBlank()) {
                throw new InvalidLessonException(source.describe(bodyPath), 0, "step body is empty");
            }
            steps.add(new Lesson.Step(stepId, step.get("title").asString(), markdown,
                    step.path("pitfall").asBoolean(false), step.path("visual").asString("crypto-flow"),
                    goal(step.get("goal")), strings(step.get("hints")), step.path("notes").asString("")));
        }
        List<Lesson.SolutionAction> solution = new ArrayList<>();
        JsonNode actions = root.get("solution");
        for (int i = 0; i < actions.size(); i++) {
            solution.add(solutionAction(doc, i, actions.get(i)));
        }
        return new Lesson(id, root.get("title").asString(), root.get("summary").asString(),
                root.get("minutes").asInt(), root.get("workbench").asString(), strings(root.get("references")),
                steps, solution);
    }

    private static Lesson.SolutionAction solutionAction(YamlDocument doc, int index, JsonNode action) {
        Duration advance = null;
        if (action.hasNonNull("advanceClock")) {
            try {
                advance = Duration.parse(action.get("advanceClock").asString());
            } catch (DateTimeParseException e) {
                throw doc.error("/solution/" + index + "/advanceClock", "not an ISO-8601 duration such as P30D or PT12H");
            }
        }
        return new Lesson.SolutionAction(text(action, "action"), text(action, "plaintext"),
                action.hasNonNull("offset") ? action.get("offset").asInt() : null, text(action, "cli"),
                stringMap(action.get("save")), text(action, "expectError"), advance);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node != null) {
            node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        }
        return map;
    }

    private static String pointer(int step, String field) {
        return "/steps/" + step + "/" + field;
    }

    private static Lesson.Goal goal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<Lesson.EventMatcher> matchers = new ArrayList<>();
        for (JsonNode m : node.get("events")) {
            Lesson.Outcome outcome = m.hasNonNull("outcome")
                    ? Lesson.Outcome.valueOf(m.get("outcome").asString().toUpperCase(Locale.ROOT))
                    : null;
            matchers.add(new Lesson.EventMatcher(m.get("operation").asString(), outcome, text(m, "errorCode"),
                    stringMap(m.get("params")), text(m, "region"), text(m, "key")));
        }
        return new Lesson.Goal(node.get("description").asString(), matchers);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    private YamlDocument readValidated(String path, String schemaFile) {
        String text = source.read(path)
                .orElseThrow(() -> new InvalidLessonException(source.describe(path), 0, "file not found"));
        YamlDocument doc = YamlDocument.parse(source.describe(path), text);
        List<Error> errors = schema(schemaFile).validate(doc.root());
        if (!errors.isEmpty()) {
            Error first = errors.getFirst();
            throw doc.error(pointer(first.getInstanceLocation()), first.getInstanceLocation() + ": " + first.getMessage());
        }
        return doc;
    }

    private Schema schema(String schemaFile) {
        return schemaCache.computeIfAbsent(schemaFile, name -> schemas.getSchema(LessonSource.classpath()
                .read("schema/" + name)
                .orElseThrow(() -> new IllegalStateException("schema missing from the jar: " + name)), InputFormat.JSON));
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(path.getElement(i));
        }
        return sb.toString();
    }
}
