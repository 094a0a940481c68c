package org.kmslab.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kmslab.lessons.Lesson;

/**
 * One exam-style question from the bank. Options keep the order of the file; attempts shuffle a view of them.
 *
 * @param domain SAA-C03 domain, 1 to 4
 * @param task   SAA-C03 task statement such as {@code 1.3}
 * @param topic  the id of the lesson that teaches the subject
 */
public record Question(
        String id,
        QuestionType type,
        String stem,
        List<Option> options,
        int domain,
        String task,
        String topic,
        Difficulty difficulty,
        List<String> references,
        HandsOn handsOn) {

    public Question {
        options = List.copyOf(options);
        references = List.copyOf(references);
    }

    /** The indexes (in file order) of the correct options. */
    public Set<Integer> correctOptions() {
        Set<Integer> correct = new LinkedHashSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                correct.add(i);
            }
        }
        return Set.copyOf(correct);
    }

    /** How many options the learner must choose. */
    public int choose() {
        return correctOptions().size();
    }

    public Optional<HandsOn> handsOnTask() {
        return Optional.ofNullable(handsOn);
    }

    /**
     * This question as a sandbox of account {@code accountId} reads it: the stem and the hands-on task name that
     * account wherever the bank names the account it is written in ({@link Lesson#AUTHORED_ACCOUNT}), as lessons do.
     * The options stay as written: they are read as exam text, not typed.
     */
    public Question inAccount(String accountId) {
        return new Question(id, type, inAccount(stem, accountId), options, domain, task, topic, difficulty, references,
                handsOn == null ? null : handsOn.inAccount(accountId));
    }

    static String inAccount(String text, String accountId) {
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("An account id is 12 digits: " + accountId);
        }
        return text == null ? null : text.replace(Lesson.AUTHORED_ACCOUNT, accountId);
    }

    /** An answer option with its own explanation of why it is right or wrong. */
    public record Option(String text, boolean correct, String explanation) {}

    /**
     * A task done in the learner's sandbox: {@code setup} runs on a fresh sandbox, and the task is passed when every
     * {@code goal} condition holds.
     */
    public record HandsOn(String task, String hint, List<Directive> setup, List<Directive> goal,
                          List<SolutionStep> solution) {
        public HandsOn {
            setup = List.copyOf(setup);
            goal = List.copyOf(goal);
            solution = List.copyOf(solution);
        }

        /**
         * The task as it is done in a sandbox of account {@code accountId}: its text, hint, setup, goal and solution
         * name that account where the bank names {@link Lesson#AUTHORED_ACCOUNT} (a grantee's role ARN, say), so the
         * learner reads, types and is checked against the account the sandbox really is.
         */
        public HandsOn inAccount(String accountId) {
            return new HandsOn(Question.inAccount(task, accountId), Question.inAccount(hint, accountId),
                    setup.stream().map(d -> d.inAccount(accountId)).toList(),
                    goal.stream().map(d -> d.inAccount(accountId)).toList(),
                    solution.stream().map(s -> s.inAccount(accountId)).toList());
        }
    }

    /**
     * One command line of a reference solution, as a learner types it in the console ({@code aws kms ...}, {@code lab
     * ...}, a bit of shell), in the lessons' form. {@code ${ref}} stands for what the setup or an earlier step saved
     * under that ref (a key id, a grant id); {@code save} keeps values of the output under new refs, each a path such
     * as {@code KeyMetadata.KeyId}. The setup's ciphertexts and key material are console files: {@code <ref>.enc} and
     * {@code <ref>.bin}.
     */
    public record SolutionStep(String cli, Map<String, String> save) {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

        public SolutionStep {
            save = Map.copyOf(save);
        }

        /** This line as it is typed in a sandbox of account {@code accountId} ({@link HandsOn#inAccount}). */
        public SolutionStep inAccount(String accountId) {
            return new SolutionStep(Question.inAccount(cli, accountId), save);
        }

        /** The refs this line uses, in order of appearance. */
        public List<String> placeholders() {
            List<String> refs = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(cli);
            while (m.find()) {
                refs.add(m.group(1));
            }
            return refs;
        }
    }

    /**
     * One setup step or goal condition of the declarative vocabulary in {@code quiz.schema.json}, e.g.
     * {@code keyState: {key: configKey, equals: Enabled}} becomes name {@code keyState} with those arguments.
     */
    public record Directive(String name, Map<String, Object> args) {
        public Directive {
            args = Map.copyOf(args);
        }

        /** This directive with every string argument (in lists and maps too) naming account {@code accountId}. */
        Directive inAccount(String accountId) {
            Map<String, Object> rendered = new LinkedHashMap<>();
            args.forEach((name, value) -> rendered.put(name, render(value, accountId)));
            return new Directive(name, rendered);
        }

        private static Object render(Object value, String accountId) {
            if (value instanceof String s) {
                return Question.inAccount(s, accountId);
            }
            if (value instanceof List<?> list) {
                return list.stream().map(v -> render(v, accountId)).toList();
            }
            if (value instanceof Map<?, ?> map) {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, render(v, accountId)));
                return copy;
            }
            return value;
        }

        public String string(String key) {
            Object value = args.get(key);
            return value == null ? null : value.toString();
        }

        public Integer integer(String key) {
            Object value = args.get(key);
            return value instanceof Number n ? n.intValue() : null;
        }

        public Boolean bool(String key) {
            Object value = args.get(key);
            return value instanceof Boolean b ? b : null;
        }

        @SuppressWarnings("unchecked")
        public Map<String, String> map(String key) {
            Object value = args.get(key);
            return value instanceof Map<?, ?> m ? (Map<String, String>) m : null;
        }

        @SuppressWarnings("unchecked")
        public List<String> list(String key) {
            Object value = args.get(key);
            return value instanceof List<?> l ? (List<String>) l : null;
        }
    }
}
