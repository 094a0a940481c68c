package org.kmslab.ui.lesson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.kmslab.lessons.Lesson;

/**
 * The card at the end of a lesson, as a short level of Learn Git Branching ends: what the learner did (each step,
 * done or still open, the open ones one click away), what comes next (the panel's own button goes there), and a
 * quiz on this lesson's topic.
 */
final class LessonComplete extends Div {

    LessonComplete(LessonPresenter presenter, Optional<Lesson> next, Runnable onQuiz, IntConsumer goToStep) {
        addClassName("kmslab-complete-card");
        getElement().setAttribute("role", "region");
        Lesson lesson = presenter.lesson();
        List<Lesson.Step> steps = lesson.steps();
        long done = presenter.completedSteps();
        boolean complete = done == steps.size();
        getElement().setAttribute("aria-label", complete ? "Lesson complete" : "Lesson summary");
        add(new H3(complete ? "✓ Lesson complete: " + lesson.title() : "Almost there: " + (steps.size() - done)
                + " of " + steps.size() + " steps still open"));
        add(new Paragraph(complete ? "What you did, with real KMS calls that are all in your audit log:"
                : "Finish the open steps (the goal of each is checked against your calls), then come back here."));
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            Lesson.Step step = steps.get(i);
            boolean stepDone = presenter.isCompleted(i);
            String text = (stepDone ? "✓ " : "○ ") + step.title()
                    + (step.hasGoal() ? ": " + step.goal().description() : "");
            if (stepDone) {
                list.add(new ListItem(text));
            } else {
                Button open = new Button(text, e -> goToStep.accept(index));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                list.add(new ListItem(open));
            }
        }
        add(list);
        add(new Paragraph(next.map(l -> "Up next: " + l.title() + ". Or check what stuck first:")
                .orElse("That was the last lesson. Check what stuck:")));
        Button quiz = new Button("Quiz on this topic", e -> onQuiz.run());
        quiz.getElement().setAttribute("aria-label", "Quiz: exam-style questions on " + lesson.title());
        add(quiz);
    }
}
