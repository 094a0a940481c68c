package org.kmslab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.QuestionBank;
import org.kmslab.quiz.QuestionBankLoader;
import org.kmslab.quiz.QuizSource;

class PollQuestionsTest {

    private static final LessonCatalog CATALOG = new LessonLoader(LessonSource.classpath()).load();
    private static final QuestionBank BANK = new QuestionBankLoader(QuizSource.directory(java.nio.file.Path.of("lessons/quiz")),
            CATALOG.lessons().stream().map(Lesson::id).toList(),
            CATALOG.lessons().stream().map(Lesson::id).toList()).load();

    @Test
    void every_question_of_the_quiz_bank_can_be_a_poll_with_its_answers_and_explanations() {
        PollQuestions polls = PollQuestions.from(BANK);

        assertThat(polls.all()).hasSize(BANK.size());
        Question first = BANK.questions().getFirst();
        PollQuestion poll = polls.find(first.id()).orElseThrow();
        assertThat(poll.lessonId()).isEqualTo(first.topic());
        assertThat(poll.correctOptions()).isEqualTo(first.correctOptions());
        assertThat(poll.options()).extracting(PollQuestion.Option::explanation)
                .containsExactlyElementsOf(first.options().stream().map(Question.Option::explanation).toList());
        assertThat(polls.all()).filteredOn(PollQuestion::multiple).isNotEmpty()
                .allSatisfy(q -> assertThat(q.correctOptions()).hasSizeGreaterThan(1));
    }

    @Test
    void every_lesson_has_questions_to_poll() {
        PollQuestions polls = PollQuestions.from(BANK);
        for (Lesson lesson : CATALOG.lessons()) {
            assertThat(polls.ofLesson(lesson.id())).as(lesson.id()).isNotEmpty();
        }
    }
}
