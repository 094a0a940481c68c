package org.kmslab.ui.lesson;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import org.kmslab.lessons.Lesson;

/**
 * The step side of a lesson: where the learner is, the step's prose, its goal (announced when met), graduated hints,
 * and Back / Next. On the last step, Next becomes the way on to the next lesson. It stays in view while the
 * workbench scrolls (sticky, with its own scroll bar for long steps).
 */
final class StepPanel extends Section {

    private final Span position = new Span();
    private final Div stepBody = new Div();
    private final Div goal = new Div();
    private final UnorderedList hints = new UnorderedList();
    private final Button hint = new Button("Show a hint");
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final Button onward = new Button();

    StepPanel(Runnable onBack, Runnable onNext, Runnable onHint, Runnable onOnward) {
        addClassName("kmslab-step-panel");
        getElement().setAttribute("aria-label", "Lesson step");
        position.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        stepBody.addClassName("kmslab-step-body");
        goal.getElement().setAttribute("role", "status");
        goal.addClassName("kmslab-goal");
        hints.getElement().setAttribute("aria-label", "Hints");
        hints.addClassName("kmslab-hints");
        hint.addClickListener(e -> onHint.run());
        hint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> onBack.run());
        next.addClickListener(e -> onNext.run());
        onward.addClickListener(e -> onOnward.run());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        onward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.PAGE_DOWN);
        back.addClickShortcut(Key.PAGE_UP);
        HorizontalLayout nav = new HorizontalLayout(back, next, onward);
        nav.setWrap(true);
        Div footer = new Div(goal, hint, hints, nav);
        footer.addClassName("kmslab-step-footer");
        add(position, stepBody, footer);
    }

    /**
     * Shows the presenter's current step. {@code onwardLabel} names where the last step leads (the next lesson, or
     * back to the course).
     */
    void show(LessonPresenter presenter, String onwardLabel) {
        Lesson.Step step = presenter.currentStep();
        int total = presenter.lesson().steps().size();
        position.setText("Step " + (presenter.currentIndex() + 1) + " of " + total
                + (step.pitfall() ? " · What goes wrong" : "") + " · " + presenter.completedSteps() + " of " + total
                + " done");
        stepBody.removeAll();
        stepBody.add(new H3(step.title()), Markdown.render(step.markdown()));
        hints.removeAll();
        hint.setVisible(presenter.hasMoreHints());
        back.setEnabled(!presenter.isFirst());
        next.setVisible(!presenter.isLast());
        onward.setVisible(presenter.isLast());
        onward.setText(onwardLabel);
        showGoal(presenter);
    }

    void showGoal(LessonPresenter presenter) {
        Lesson.Step step = presenter.currentStep();
        goal.removeAll();
        if (!step.hasGoal()) {
            goal.setVisible(false);
            return;
        }
        boolean met = presenter.isGoalMet(presenter.currentIndex());
        goal.setVisible(true);
        Paragraph text = new Paragraph((met ? "✓ Goal met: " : "Goal: ") + step.goal().description()
                + (met && !presenter.isLast() ? " Go on with Next." : ""));
        text.setClassName("kmslab-goal-met", met);
        goal.setClassName("kmslab-goal-done", met);
        goal.add(text);
    }

    void showHints(LessonPresenter presenter) {
        hints.removeAll();
        presenter.visibleHints().forEach(h -> hints.add(new ListItem(Markdown.render(h))));
        hint.setVisible(presenter.hasMoreHints());
        hint.setText(presenter.visibleHints().isEmpty() ? "Show a hint" : "Show another hint");
    }

    Optional<String> positionText() {
        return Optional.ofNullable(position.getText());
    }
}
