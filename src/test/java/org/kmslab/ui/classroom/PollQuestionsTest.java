package org.kmslab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;

class PollQuestionsTest {

    private static final String BANK = """
            questions:
              - id: q-single
                type: single
                stem: >-
                  Which one?
                options:
                  - { text: Right, correct: true, explanation: Because. }
                  - { text: Wrong, correct: false, explanation: Not so. }
                topic: key-states
              - id: q-multi
                type: multiple
                stem: Which two?
                options:
                  - { text: A, correct: true, explanation: a }
                  - { text: B, correct: true, explanation: b }
                  - { text: C, correct: false, explanation: c }
              - id: q-order
                type: ordering
                stem: Put in order
                options:
                  - { text: A, correct: true, explanation: a }
            """;

    @Test
    void reads_single_and_multiple_choice_questions_of_a_quiz_bank() {
        List<PollQuestion> questions = PollQuestions.parse(BANK, "key-states");

        assertThat(questions).extracting(PollQuestion::id).containsExactly("q-single", "q-multi");
        assertThat(questions.getFirst().stem()).isEqualTo("Which one?");
        assertThat(questions.getFirst().correctOptions()).containsExactly(0);
        assertThat(questions.get(1).multiple()).isTrue();
        assertThat(questions.get(1).correctOptions()).containsExactlyInAnyOrder(0, 1);
        assertThat(questions).allSatisfy(q -> assertThat(q.lessonId()).isEqualTo("key-states"));
    }

    @Test
    void starter_questions_fill_in_for_lessons_without_a_bank_and_a_bank_replaces_them() {
        LessonCatalog catalog = new LessonLoader(LessonSource.classpath()).load();
        LessonSource withBank = new LessonSource() {
            @Override
            public Optional<String> read(String path) {
                return path.equals("quiz/key-states.yaml") ? Optional.of(BANK) : Optional.empty();
            }

            @Override
            public String describe(String path) {
                return path;
            }
        };

        PollQuestions questions = PollQuestions.load(catalog, withBank);

        assertThat(questions.ofLesson("key-states")).extracting(PollQuestion::id).containsExactly("q-single", "q-multi");
        assertThat(questions.ofLesson("plaintext-vs-ciphertext")).isNotEmpty();
        assertThat(questions.find("poll-tampered-ciphertext")).isPresent();
    }
}
