package org.kmslab.ui.classroom;

import java.util.List;
import java.util.Optional;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.QuestionBank;
import org.kmslab.quiz.QuestionType;

/**
 * The questions an instructor can push as live polls: every question of the quiz bank, in the bank's order, as a
 * poll asks it (the stem and the options with their correct flags and explanations). Immutable.
 */
public final class PollQuestions {

    private final List<PollQuestion> questions;

    public PollQuestions(List<PollQuestion> questions) {
        this.questions = List.copyOf(questions);
    }

    public static PollQuestions from(QuestionBank bank) {
        return new PollQuestions(bank.questions().stream().map(PollQuestions::toPoll).toList());
    }

    static PollQuestion toPoll(Question q) {
        return new PollQuestion(q.id(), q.topic(), q.stem().strip(), q.type() == QuestionType.MULTIPLE,
                q.options().stream().map(o -> new PollQuestion.Option(o.text(), o.correct(), o.explanation())).toList());
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
