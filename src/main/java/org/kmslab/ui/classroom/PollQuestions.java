package org.kmslab.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.LessonSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The questions an instructor can push as live polls: the single- and multiple-choice questions of the quiz banks
 * ({@code lessons/quiz/<lesson-id>.yaml}, read directly), and a few starter questions of our own for lessons whose
 * bank is missing. Immutable once loaded.
 */
public final class PollQuestions {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final List<PollQuestion> questions;

    public PollQuestions(List<PollQuestion> questions) {
        this.questions = List.copyOf(questions);
    }

    /** Loads the quiz banks of every lesson of the catalog, plus the starter questions. */
    public static PollQuestions load(LessonCatalog catalog, LessonSource source) {
        List<PollQuestion> all = new ArrayList<>();
        for (Lesson lesson : catalog.lessons()) {
            source.read("quiz/" + lesson.id() + ".yaml").ifPresent(text -> all.addAll(parse(text, lesson.id())));
        }
        try (var in = PollQuestions.class.getResourceAsStream("starter-polls.yaml")) {
            if (in != null) {
                for (PollQuestion q : parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), null)) {
                    if (all.stream().noneMatch(existing -> existing.lessonId().equals(q.lessonId()))) {
                        all.add(q);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new PollQuestions(all);
    }

    static List<PollQuestion> parse(String yaml, String lessonId) {
        List<PollQuestion> result = new ArrayList<>();
        for (JsonNode q : YAML.readTree(yaml).path("questions")) {
            String type = q.path("type").asString("single");
            if (!type.equals("single") && !type.equals("multiple")) {
                continue;
            }
            List<PollQuestion.Option> options = new ArrayList<>();
            for (JsonNode o : q.path("options")) {
                options.add(new PollQuestion.Option(o.path("text").asString(""), o.path("correct").asBoolean(false),
                        o.path("explanation").asString("")));
            }
            String topic = lessonId != null ? lessonId : q.path("topic").asString("");
            if (options.size() >= 2 && options.stream().anyMatch(PollQuestion.Option::correct)) {
                result.add(new PollQuestion(q.path("id").asString(), topic, q.path("stem").asString("").strip(),
                        type.equals("multiple"), options));
            }
        }
        return result;
    }

    public List<PollQuestion> all() {
        return questions;
    }

    public List<PollQuestion> ofLesson(String lessonId) {
        return questions.stream().filter(q -> q.lessonId().equals(lessonId)).toList();
    }

    public Optional<PollQuestion> find(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
