package org.kmslab.quiz;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kmslab.lessons.InvalidLessonException;
import org.kmslab.lessons.LessonSource;
import org.kmslab.lessons.YamlDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every bank file, validates it against {@code lessons/schema/quiz.schema.json} (the source of truth), builds the
 * questions and then checks the rules a schema cannot express ({@link BankRules}). The first problem stops loading with
 * an {@link InvalidQuestionBankException} naming the file, the line, the question id and the problem.
 */
public final class QuestionBankLoader {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final QuizSource source;
    private final Collection<String> knownTopics;
    private final List<String> topicOrder;
    private final Schema schema;

    /**
     * @param knownTopics lesson ids a question may name as its topic
     * @param topicOrder  the course order of topics, for listing
     */
    public QuestionBankLoader(QuizSource source, Collection<String> knownTopics, List<String> topicOrder) {
        this.source = source;
        this.knownTopics = List.copyOf(knownTopics);
        this.topicOrder = List.copyOf(topicOrder);
        String schemaText = LessonSource.classpath().read("schema/quiz.schema.json")
                .orElseThrow(() -> new IllegalStateException("quiz.schema.json is missing from the jar"));
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaText, InputFormat.JSON);
    }

    public QuestionBank load() {
        List<String> files = source.files();
        if (files.isEmpty()) {
            throw new InvalidQuestionBankException("lessons/quiz", 0, null, "no bank files (*.yaml) found");
        }
        BankRules rules = new BankRules(knownTopics);
        List<Question> questions = new ArrayList<>();
        for (String file : files) {
            YamlDocument doc = parse(file);
            validateSchema(doc);
            JsonNode items = doc.root().get("questions");
            List<Question> inFile = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Question question = question(items.get(i));
                rules.check(doc, "/questions/" + i, question);
                inFile.add(question);
            }
            rules.checkOptionLengths(doc, inFile);
            questions.addAll(inFile);
        }
        return new QuestionBank(questions, topicOrder);
    }

    private YamlDocument parse(String file) {
        try {
            return YamlDocument.parse(source.describe(file), source.read(file));
        } catch (InvalidLessonException e) {
            throw new InvalidQuestionBankException(e.file(), e.line(), null, e.problem());
        }
    }

    private void validateSchema(YamlDocument doc) {
        List<Error> errors = schema.validate(doc.root());
        if (errors.isEmpty()) {
            return;
        }
        Error first = errors.getFirst();
        String pointer = pointer(first.getInstanceLocation());
        throw new InvalidQuestionBankException(doc.file(), doc.lineOf(pointer), questionIdAt(doc, pointer),
                first.getInstanceLocation() + ": " + first.getMessage());
    }

    /** The id of the question that contains a JSON Pointer, when there is one. */
    static String questionIdAt(YamlDocument doc, String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length < 3 || !"questions".equals(parts[1])) {
            return null;
        }
        JsonNode question = doc.root().path("questions").path(Integer.parseInt(parts[2]));
        return question.hasNonNull("id") ? question.get("id").asString() : null;
    }

    private static Question question(JsonNode q) {
        List<Question.Option> options = new ArrayList<>();
        q.get("options").forEach(o -> options.add(new Question.Option(o.get("text").asString(),
                o.get("correct").asBoolean(), o.get("explanation").asString())));
        List<String> references = new ArrayList<>();
        q.get("references").forEach(r -> references.add(r.asString()));
        return new Question(
                q.get("id").asString(),
                QuestionType.valueOf(q.get("type").asString().toUpperCase(Locale.ROOT)),
                q.get("stem").asString().strip(),
                options,
                q.get("domain").asInt(),
                q.get("task").asString(),
                q.get("topic").asString(),
                Difficulty.valueOf(q.get("difficulty").asString().toUpperCase(Locale.ROOT)),
                references,
                q.hasNonNull("handsOn") ? handsOn(q.get("handsOn")) : null);
    }

    private static Question.HandsOn handsOn(JsonNode node) {
        return new Question.HandsOn(node.get("task").asString().strip(),
                node.hasNonNull("hint") ? node.get("hint").asString() : null,
                directives(node.get("setup")), directives(node.get("goal")), solution(node.get("solution")));
    }

    @SuppressWarnings("unchecked")
    private static List<Question.SolutionStep> solution(JsonNode list) {
        List<Question.SolutionStep> out = new ArrayList<>();
        for (JsonNode step : list) {
            Map<String, String> save = step.hasNonNull("save") ? JSON.treeToValue(step.get("save"), Map.class) : Map.of();
            out.add(new Question.SolutionStep(step.get("cli").asString().strip(), save));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Question.Directive> directives(JsonNode list) {
        List<Question.Directive> out = new ArrayList<>();
        for (JsonNode item : list) {
            String name = item.propertyNames().iterator().next();
            Map<String, Object> args = JSON.treeToValue(item.get(name), Map.class);
            out.add(new Question.Directive(name, args));
        }
        return out;
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(path.getElement(i));
        }
        return sb.toString();
    }
}
