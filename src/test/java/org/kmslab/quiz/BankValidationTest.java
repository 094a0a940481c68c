package org.kmslab.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known-bad bank files prove that the validator fails, and names the file, the question id and the problem. */
class BankValidationTest {

    static final String GOOD = """
            questions:
              - id: %s
                type: single
                stem: A company needs to protect data at rest with keys it controls. What should it use?
                options:
                  - { text: A customer managed KMS key, correct: true, explanation: It gives the company control of the key policy. }
                  - { text: SSE-S3 with keys that Amazon S3 owns, correct: false, explanation: S3 owns those keys so the company controls nothing. }
                  - { text: No encryption, correct: false, explanation: Data at rest must be encrypted here. }
                  - { text: Base64 encoding, correct: false, explanation: Encoding is not encryption at all. }
                domain: 1
                task: "1.3"
                topic: key-types
                difficulty: easy
                references: [%s]
            """;

    static String good(String id) {
        return GOOD.formatted(id, "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html");
    }

    @Test
    void a_valid_file_loads() {
        assertThat(load(Map.of("a.yaml", good("q-one"))).size()).isEqualTo(1);
    }

    @Test
    void duplicate_ids_across_files_are_rejected() {
        assertThatThrownBy(() -> load(Map.of("a.yaml", good("q-one"), "b.yaml", good("q-one"))))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining("b.yaml").hasMessageContaining("[q-one]").hasMessageContaining("duplicate question id");
    }

    @Test
    void a_single_answer_question_with_two_correct_options_is_rejected() {
        String file = good("q-two").replace("correct: false, explanation: S3", "correct: true, explanation: S3");
        assertThatThrownBy(() -> load(Map.of("a.yaml", file)))
                .hasMessageContaining("[q-two]").hasMessageContaining("exactly one correct option, found 2");
    }

    @Test
    void a_multiple_response_stem_must_say_how_many_to_choose() {
        String file = good("q-three").replace("type: single", "type: multiple")
                .replace("correct: false, explanation: S3", "correct: true, explanation: S3")
                .replace("explanation: Encoding is not encryption at all. }",
                        "explanation: Encoding is not encryption at all. }\n      - { text: Nothing, correct: false, explanation: Doing nothing is not a control. }");
        assertThatThrownBy(() -> load(Map.of("a.yaml", file)))
                .hasMessageContaining("[q-three]").hasMessageContaining("(Choose two.)");
        assertThat(load(Map.of("a.yaml", file.replace("What should it use?", "What should it use? (Choose two.)"))).size())
                .isEqualTo(1);
    }

    @Test
    void a_reference_outside_the_aws_documentation_is_rejected() {
        String file = GOOD.formatted("q-four", "https://example.com/kms-dump.html");
        assertThatThrownBy(() -> load(Map.of("a.yaml", file)))
                .hasMessageContaining("[q-four]").hasMessageContaining("references");
    }

    @Test
    void a_topic_that_is_no_lesson_is_rejected() {
        String file = good("q-five").replace("topic: key-types", "topic: quantum-kms");
        assertThatThrownBy(() -> load(Map.of("a.yaml", file)))
                .hasMessageContaining("[q-five]").hasMessageContaining("'quantum-kms' is not a lesson id");
    }

    @Test
    void a_task_outside_its_domain_is_rejected() {
        String file = good("q-six").replace("task: \"1.3\"", "task: \"2.2\"");
        assertThatThrownBy(() -> load(Map.of("a.yaml", file))).hasMessageContaining("task 2.2 is not in domain 1");
    }

    @Test
    void an_option_without_explanation_fails_the_schema_with_file_line_and_id() {
        String file = good("q-seven").replace(", explanation: Data at rest must be encrypted here.", "");
        assertThatThrownBy(() -> load(Map.of("bad.yaml", file)))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageMatching("(?s)bad\\.yaml:\\d+ \\[q-seven\\]: .*explanation.*");
    }

    @Test
    void a_hands_on_goal_must_name_what_the_setup_made() {
        String file = good("q-eight") + """
                    handsOn:
                      task: Enable the key that the setup disabled, please.
                      setup:
                        - createKey: { ref: appKey }
                      goal:
                        - keyState: { key: otherKey, equals: Enabled }
                      solution:
                        - cli: aws kms enable-key --key-id ${appKey}
                """;
        assertThatThrownBy(() -> load(Map.of("a.yaml", file)))
                .hasMessageContaining("[q-eight]").hasMessageContaining("'otherKey' is not made by an earlier setup step");
    }

    @Test
    void a_hands_on_solution_may_only_use_refs_that_exist_by_then() {
        String file = good("q-nine") + """
                    handsOn:
                      task: Enable the key that the setup disabled, please.
                      setup:
                        - createKey: { ref: appKey }
                      goal:
                        - keyState: { key: appKey, equals: Enabled }
                      solution:
                        - cli: aws kms enable-key --key-id ${laterKey}
                        - cli: aws kms create-key
                          save: { laterKey: KeyMetadata.KeyId }
                """;
        assertThatThrownBy(() -> load(Map.of("a.yaml", file)))
                .hasMessageContaining("[q-nine]").hasMessageContaining("'laterKey' is not made by an earlier setup step");
    }

    @Test
    void a_hands_on_solution_is_console_command_lines_not_json_bodies() {
        String file = good("q-ten") + """
                    handsOn:
                      task: Enable the key that the setup disabled, please.
                      setup:
                        - createKey: { ref: appKey }
                      goal:
                        - keyState: { key: appKey, equals: Enabled }
                      solution:
                        - operation: EnableKey
                          body: { KeyId: "${appKey}" }
                """;
        assertThatThrownBy(() -> load(Map.of("a.yaml", file)))
                .isInstanceOf(InvalidQuestionBankException.class).hasMessageContaining("[q-ten]");
    }

    /** A question whose correct option is the strictly longest one. */
    static String longestRight(String id) {
        return good(id).replace("SSE-S3 with keys that Amazon S3 owns", "SSE-S3");
    }

    @Test
    void a_file_whose_right_answers_are_the_longest_options_is_rejected() {
        String twoOfThree = "questions:\n" + (longestRight("q-l1") + longestRight("q-l2") + good("q-l3"))
                .replace("questions:\n", "");
        assertThatThrownBy(() -> load(Map.of("long.yaml", twoOfThree)))
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining("long.yaml").hasMessageContaining("[q-l1]")
                .hasMessageContaining("strictly longest in 2 of the file's 3 single-answer questions (at most 0");
    }

    @Test
    void up_to_thirty_percent_of_a_files_right_answers_may_be_the_longest() {
        String oneOfFour = "questions:\n" + (longestRight("q-m1") + good("q-m2") + good("q-m3") + good("q-m4"))
                .replace("questions:\n", "");
        assertThat(load(Map.of("ok.yaml", oneOfFour)).size()).isEqualTo(4);
        // Each file is judged on its own: a second file does not dilute the first.
        assertThatThrownBy(() -> load(Map.of("a.yaml", longestRight("q-n1"), "b.yaml", oneOfFour)))
                .hasMessageContaining("a.yaml").hasMessageContaining("[q-n1]");
    }

    @Test
    void broken_yaml_is_reported_with_its_line() {
        assertThatThrownBy(() -> load(Map.of("a.yaml", "questions:\n  - id: [unclosed\n")))
                .isInstanceOf(InvalidQuestionBankException.class).hasMessageContaining("a.yaml:");
    }

    private static QuestionBank load(Map<String, String> files) {
        Map<String, String> sorted = new LinkedHashMap<>();
        files.keySet().stream().sorted().forEach(k -> sorted.put(k, files.get(k)));
        QuizSource source = new QuizSource() {
            @Override
            public List<String> files() {
                return List.copyOf(sorted.keySet());
            }

            @Override
            public String read(String file) {
                return sorted.get(file);
            }

            @Override
            public String describe(String file) {
                return file;
            }
        };
        return new QuestionBankLoader(source, QuizTopics.PLANNED, QuizTopics.PLANNED).load();
    }
}
