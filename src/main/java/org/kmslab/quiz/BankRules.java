package org.kmslab.quiz;

import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kmslab.lessons.YamlDocument;

/**
 * The rules of a good bank that the JSON schema cannot express: unique ids across files, the right number of correct
 * options for the type, a multiple-response stem that says how many to choose, a task inside its domain, a topic that
 * is a real lesson id, well-formed AWS documentation references, hands-on goals that only name what the setup made,
 * and, per file, right answers that cannot be spotted by their length.
 */
final class BankRules {

    /**
     * At most this share of a file's single-answer questions may have their correct option as the strictly longest
     * one, so that "pick the longest" is no strategy.
     */
    static final double LONGEST_CORRECT_SHARE = 0.30;

    private static final Map<Integer, String> NUMBER_WORDS = Map.of(2, "two", 3, "three", 4, "four", 5, "five");
    static final String DOCS_HOST = "docs.aws.amazon.com";

    private final Collection<String> knownTopics;
    private final Set<String> ids = new HashSet<>();

    BankRules(Collection<String> knownTopics) {
        this.knownTopics = knownTopics;
    }

    void check(YamlDocument doc, String at, Question q) {
        if (!ids.add(q.id())) {
            throw fail(doc, at + "/id", q, "duplicate question id '" + q.id() + "'");
        }
        int correct = q.correctOptions().size();
        if (q.type() == QuestionType.SINGLE && correct != 1) {
            throw fail(doc, at + "/options", q, "a single-answer question needs exactly one correct option, found " + correct);
        }
        if (q.type() == QuestionType.MULTIPLE) {
            checkMultiple(doc, at, q, correct);
        }
        if (q.options().stream().map(o -> o.text().strip()).distinct().count() != q.options().size()) {
            throw fail(doc, at + "/options", q, "two options have the same text");
        }
        if (!q.task().startsWith(q.domain() + ".")) {
            throw fail(doc, at + "/task", q, "task " + q.task() + " is not in domain " + q.domain());
        }
        if (!knownTopics.contains(q.topic())) {
            throw fail(doc, at + "/topic", q, "topic '" + q.topic() + "' is not a lesson id");
        }
        checkReferences(doc, at, q);
        if (q.handsOn() != null) {
            checkHandsOn(doc, at + "/handsOn", q);
        }
    }

    /**
     * The file-wide rule on option lengths: among the file's single-answer questions, the correct option is the
     * strictly longest in at most {@link #LONGEST_CORRECT_SHARE} of them. Reported on the first question over the
     * allowance, with the ids of all of them.
     */
    void checkOptionLengths(YamlDocument doc, List<Question> fileQuestions) {
        List<Question> singles = fileQuestions.stream().filter(q -> q.type() == QuestionType.SINGLE).toList();
        List<Question> longest = singles.stream().filter(BankRules::correctIsStrictlyLongest).toList();
        int allowed = (int) Math.floor(LONGEST_CORRECT_SHARE * singles.size() + 1e-9);
        if (longest.size() > allowed) {
            Question first = longest.get(allowed);
            throw fail(doc, "/questions/" + fileQuestions.indexOf(first) + "/options", first, "the correct option is "
                    + "the strictly longest in " + longest.size() + " of the file's " + singles.size()
                    + " single-answer questions (at most " + allowed + " allowed, 30%): "
                    + longest.stream().map(Question::id).toList()
                    + "; write distractors as long and as plausible as the right answer");
        }
    }

    /** True when the one correct option is longer than every wrong option (stripped text). */
    static boolean correctIsStrictlyLongest(Question q) {
        int right = q.options().stream().filter(Question.Option::correct).mapToInt(o -> o.text().strip().length())
                .max().orElse(0);
        return q.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().strip().length() < right);
    }

    /** True when every correct option is longer than every wrong one: a multiple-response question read by length. */
    static boolean correctAreTheLongest(Question q) {
        int shortestRight = q.options().stream().filter(Question.Option::correct)
                .mapToInt(o -> o.text().strip().length()).min().orElse(0);
        return q.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().strip().length() < shortestRight);
    }

    private void checkMultiple(YamlDocument doc, String at, Question q, int correct) {
        if (correct < 2) {
            throw fail(doc, at + "/options", q, "a multiple-response question needs at least two correct options, found " + correct);
        }
        if (q.options().size() < 5) {
            throw fail(doc, at + "/options", q, "a multiple-response question needs at least five options");
        }
        String phrase = "(Choose " + NUMBER_WORDS.getOrDefault(correct, String.valueOf(correct)) + ".)";
        if (!q.stem().contains(phrase)) {
            throw fail(doc, at + "/stem", q, "the stem must say " + phrase + " to match its " + correct + " correct options");
        }
    }

    private void checkReferences(YamlDocument doc, String at, Question q) {
        if (new HashSet<>(q.references()).size() != q.references().size()) {
            throw fail(doc, at + "/references", q, "a reference is listed twice");
        }
        for (int i = 0; i < q.references().size(); i++) {
            String ref = q.references().get(i);
            URI uri;
            try {
                uri = URI.create(ref);
            } catch (IllegalArgumentException e) {
                throw fail(doc, at + "/references/" + i, q, "not a URL: " + ref);
            }
            if (!"https".equals(uri.getScheme()) || !DOCS_HOST.equals(uri.getHost()) || uri.getPath().length() < 2
                    || uri.getQuery() != null) {
                throw fail(doc, at + "/references/" + i, q, "not an AWS documentation page (https://" + DOCS_HOST + "/...): " + ref);
            }
        }
    }

    private void checkHandsOn(YamlDocument doc, String at, Question q) {
        Set<String> refs = new HashSet<>();
        List<Question.Directive> setup = q.handsOn().setup();
        for (int i = 0; i < setup.size(); i++) {
            Question.Directive step = setup.get(i);
            requireRef(doc, at + "/setup/" + i, q, refs, step.string("key"));
            for (String made : List.of("ref", "saveAs")) {
                if (step.string(made) != null && !refs.add(step.string(made))) {
                    throw fail(doc, at + "/setup/" + i, q, "the setup names '" + step.string(made) + "' twice");
                }
            }
        }
        List<Question.Directive> goal = q.handsOn().goal();
        for (int i = 0; i < goal.size(); i++) {
            requireRef(doc, at + "/goal/" + i, q, refs, goal.get(i).string("key"));
            requireRef(doc, at + "/goal/" + i, q, refs, goal.get(i).string("ciphertext"));
        }
        List<Question.SolutionStep> solution = q.handsOn().solution();
        for (int i = 0; i < solution.size(); i++) {
            for (String ref : solution.get(i).placeholders()) {
                requireRef(doc, at + "/solution/" + i, q, refs, ref);
            }
            refs.addAll(solution.get(i).save().keySet());
        }
    }

    private static void requireRef(YamlDocument doc, String at, Question q, Set<String> refs, String ref) {
        if (ref != null && !refs.contains(ref)) {
            throw fail(doc, at, q, "'" + ref + "' is not made by an earlier setup step");
        }
    }

    private static InvalidQuestionBankException fail(YamlDocument doc, String pointer, Question q, String problem) {
        return new InvalidQuestionBankException(doc.file(), doc.lineOf(pointer), q.id(), problem);
    }
}
