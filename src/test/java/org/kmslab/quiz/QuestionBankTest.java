package org.kmslab.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The real bank in lessons/quiz/ passes every rule and has the shape issue 6 asks for. */
class QuestionBankTest {

    static final Path QUIZ = Path.of("lessons/quiz");
    static QuestionBank bank;
    static List<String> indexLessons;

    @BeforeAll
    static void load() throws Exception {
        JsonNode index = YAMLMapper.builder().build().readTree(Files.readString(Path.of("lessons/index.yaml")));
        indexLessons = new ArrayList<>();
        index.get("lessons").forEach(n -> indexLessons.add(n.asString()));
        Set<String> topics = new LinkedHashSet<>(indexLessons);
        topics.addAll(QuizTopics.PLANNED);
        bank = new QuestionBankLoader(QuizSource.directory(QUIZ), topics, QuizTopics.PLANNED).load();
    }

    @Test
    void bank_holds_at_least_120_questions() {
        assertThat(bank.size()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void every_lesson_of_the_course_has_at_least_six_questions() {
        Map<String, Long> perTopic = bank.questions().stream()
                .collect(Collectors.groupingBy(Question::topic, Collectors.counting()));
        Set<String> course = new LinkedHashSet<>(indexLessons);
        course.addAll(QuizTopics.PLANNED);
        for (String lesson : course) {
            assertThat(perTopic.getOrDefault(lesson, 0L)).as("questions for %s", lesson).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void every_topic_is_a_lesson_in_the_index_or_the_course_plan() {
        for (Question q : bank.questions()) {
            assertThat(indexLessons.contains(q.topic()) || QuizTopics.PLANNED.contains(q.topic()))
                    .as("topic of %s", q.id()).isTrue();
        }
    }

    @Test
    void at_least_a_fifth_are_multiple_response() {
        long multiple = bank.questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE).count();
        assertThat(multiple * 5).isGreaterThanOrEqualTo(bank.size());
    }

    @Test
    void right_answers_cannot_be_found_by_their_length() {
        List<Question> singles = bank.questions().stream().filter(q -> q.type() == QuestionType.SINGLE).toList();
        List<Question> multiples = bank.questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE).toList();
        // Each file is held to 30% by the loader; the whole bank, and its multiple-response questions, too.
        assertThat(singles.stream().filter(BankRules::correctIsStrictlyLongest).count())
                .isLessThanOrEqualTo((long) (BankRules.LONGEST_CORRECT_SHARE * singles.size()));
        assertThat(multiples.stream().filter(BankRules::correctAreTheLongest).map(Question::id).toList())
                .as("multiple-response questions whose right options are all longer than every wrong one")
                .hasSizeLessThanOrEqualTo((int) (BankRules.LONGEST_CORRECT_SHARE * multiples.size()));
    }

    @Test
    void at_least_ten_questions_are_hands_on() {
        assertThat(bank.questions().stream().filter(q -> q.handsOn() != null).count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void a_hands_on_task_does_not_give_away_the_commands_of_its_solution() {
        for (Question q : bank.questions()) {
            if (q.handsOn() == null) {
                continue;
            }
            // The stem is the exam's question and may name an API whose parameters it asks about; the task may not.
            String shown = q.handsOn().task().toLowerCase(Locale.ROOT);
            for (Question.SolutionStep step : q.handsOn().solution()) {
                Matcher m = Pattern.compile("^aws kms ([a-z-]+)").matcher(step.cli());
                if (m.find() && m.group(1).contains("-")) {
                    String command = m.group(1);
                    // enable-key as typed, as words ("enable key") and as the API name ("EnableKey").
                    assertThat(shown).as(q.id() + " names " + command)
                            .doesNotContain(command, command.replace('-', ' '), command.replace("-", ""));
                }
            }
        }
    }

    @Test
    void hands_on_solutions_are_console_command_lines() {
        for (Question q : bank.questions()) {
            if (q.handsOn() != null) {
                assertThat(q.handsOn().solution()).as(q.id()).isNotEmpty()
                        .allMatch(step -> step.cli().matches("(aws kms|lab|echo|printf) .+"));
            }
        }
    }

    @Test
    void ids_are_unique_and_types_have_the_right_number_of_correct_options() {
        assertThat(bank.questions().stream().map(Question::id).distinct().count()).isEqualTo(bank.size());
        for (Question q : bank.questions()) {
            if (q.type() == QuestionType.SINGLE) {
                assertThat(q.correctOptions()).as(q.id()).hasSize(1);
            } else {
                assertThat(q.correctOptions().size()).as(q.id()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void every_option_is_explained() {
        for (Question q : bank.questions()) {
            q.options().forEach(o -> assertThat(o.explanation()).as(q.id()).isNotBlank());
        }
    }

    @Test
    void every_reference_is_an_https_aws_documentation_url() {
        for (Question q : bank.questions()) {
            assertThat(q.references()).as(q.id()).isNotEmpty();
            for (String ref : q.references()) {
                URI uri = URI.create(ref);
                assertThat(uri.getScheme()).isEqualTo("https");
                assertThat(uri.getHost()).as(ref).isEqualTo("docs.aws.amazon.com");
            }
        }
    }

    @Test
    void every_domain_of_the_exam_is_covered() {
        assertThat(bank.domains()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void the_packaged_bank_is_the_same_as_the_folder() {
        QuizSource packaged = QuizConfiguration.classpath();
        assertThat(packaged.files()).isEqualTo(QuizSource.directory(QUIZ).files());
    }
}
