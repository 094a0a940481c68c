package org.kmslab.ui.progress;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The progress file a learner downloads and uploads: JSON, {@code {"format": "kmslab-progress", "version": 1,
 * "exportedAt": ..., "lessons": [{"lessonId", "currentStep", "completedSteps": [...], "updatedAt"}]}}. Reading
 * validates everything against the course before anything is stored, and says what is wrong in plain words.
 */
public final class ProgressFile {

    public static final String FORMAT = "kmslab-progress";
    public static final int VERSION = 1;
    /** Far larger than any real progress file; refuses anything bigger unread. */
    public static final int MAX_BYTES = 256 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProgressFile() {}

    /** A progress file could not be read; the message says why, for the learner. */
    public static final class InvalidProgressFileException extends Exception {
        InvalidProgressFileException(String message) {
            super(message);
        }
    }

    public static byte[] write(List<LessonProgress> lessons, Instant now) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("version", VERSION)
                .put("exportedAt", now.toString());
        ArrayNode list = root.putArray("lessons");
        for (LessonProgress p : lessons) {
            ObjectNode node = list.addObject().put("lessonId", p.lessonId()).put("currentStep", p.currentStep());
            p.completedSteps().forEach(node.putArray("completedSteps")::add);
            if (p.completedSteps().isEmpty()) {
                node.putArray("completedSteps");
            }
            node.put("updatedAt", p.updatedAt().toString());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads and validates a file against the course; nothing is returned unless all of it is valid. */
    public static List<LessonProgress> read(byte[] bytes, LessonCatalog course, Instant now)
            throws InvalidProgressFileException {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidProgressFileException("This file is " + bytes.length / 1024 + " KB; a progress file is "
                    + "a few KB at most. Choose the .json file KMS Lab exported.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidProgressFileException("This is not a KMS Lab progress file: it is not valid JSON.");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
            throw new InvalidProgressFileException("This is not a KMS Lab progress file: \"format\" is not \""
                    + FORMAT + "\".");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new InvalidProgressFileException("This progress file has version " + root.path("version")
                    + "; this KMS Lab reads version " + VERSION + ".");
        }
        JsonNode lessons = root.path("lessons");
        if (!lessons.isArray()) {
            throw new InvalidProgressFileException("This progress file has no \"lessons\" list.");
        }
        List<LessonProgress> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : lessons) {
            result.add(lesson(node, course, now, seen));
        }
        return result;
    }

    private static LessonProgress lesson(JsonNode node, LessonCatalog course, Instant now, Set<String> seen)
            throws InvalidProgressFileException {
        String id = node.path("lessonId").asString("");
        Lesson lesson = course.find(id).orElseThrow(() -> new InvalidProgressFileException(
                "The file names a lesson this course does not have: \"" + id + "\"."));
        if (!seen.add(id)) {
            throw new InvalidProgressFileException("The file lists lesson \"" + id + "\" twice.");
        }
        Set<String> stepIds = new HashSet<>(lesson.steps().stream().map(Lesson.Step::id).toList());
        String current = node.path("currentStep").asString("");
        if (!stepIds.contains(current)) {
            throw new InvalidProgressFileException("Lesson \"" + id + "\" has no step \"" + current + "\".");
        }
        Set<String> completed = new LinkedHashSet<>();
        for (JsonNode step : node.path("completedSteps")) {
            String s = step.asString("");
            if (!stepIds.contains(s)) {
                throw new InvalidProgressFileException("Lesson \"" + id + "\" has no step \"" + s + "\".");
            }
            completed.add(s);
        }
        Instant updated = now;
        if (node.hasNonNull("updatedAt")) {
            try {
                updated = Instant.parse(node.get("updatedAt").asString());
            } catch (DateTimeParseException e) {
                throw new InvalidProgressFileException("Lesson \"" + id + "\" has an unreadable updatedAt date.");
            }
        }
        return new LessonProgress(id, current, completed, updated);
    }
}
