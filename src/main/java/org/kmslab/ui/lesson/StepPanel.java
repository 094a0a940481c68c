package org.kmslab.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.kmslab.lessons.Lesson;

/**
 * The step side of a lesson: where the learner is, the step's prose (each command with a "Put in console" button),
 * its goal (announced when met), graduated hints that stay (collapsed) once the goal is met, the step's reference
 * solution on request, and Back / Next. On the last step, Next becomes the way on to the next lesson, and a completion
 * card sums the lesson up. It stays in view while the workbench scrolls (sticky, with its own scroll bar).
 *
 * <p>Shortcuts: Alt+ArrowRight and Alt+ArrowLeft move a step while the focus is in this panel (PageUp/PageDown stay
 * free for scrolling, and the console keeps its keys).
 */
final class StepPanel extends Section {

    private final Span position = new Span();
    private final Div stepBody = new Div();
    private final Div goal = new Div();
    private final UnorderedList hints = new UnorderedList();
    private final Details hintBox = new Details("Hints", hints);
    private final Button hint = new Button("Show a hint");
    private final Button solution = new Button("Show solution");
    private final Div solutionSlot = new Div();
    private final Div completion = new Div();
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final Button onward = new Button();
    private Consumer<String> putTarget;

    StepPanel(Runnable onBack, Runnable onNext, Runnable onHint, Runnable onOnward, Runnable onSolution) {
        addClassName("kmslab-step-panel");
        getElement().setAttribute("aria-label", "Lesson step");
        getElement().setAttribute("tabindex", "-1");
        position.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        stepBody.addClassName("kmslab-step-body");
        goal.getElement().setAttribute("role", "status");
        goal.addClassName("kmslab-goal");
        hints.getElement().setAttribute("aria-label", "Hints");
        hints.addClassName("kmslab-hints");
        hintBox.addClassName("kmslab-hint-box");
        hint.addClickListener(e -> onHint.run());
        hint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        solution.addClickListener(e -> onSolution.run());
        solution.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        solution.getElement().setAttribute("title", "The reference solution of this step (or type lab solution)");
        back.addClickListener(e -> onBack.run());
        next.addClickListener(e -> onNext.run());
        onward.addClickListener(e -> onOnward.run());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        onward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT).listenOn(this);
        back.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT).listenOn(this);
        next.getElement().setAttribute("aria-keyshortcuts", "Alt+ArrowRight");
        back.getElement().setAttribute("aria-keyshortcuts", "Alt+ArrowLeft");
        next.getElement().setAttribute("title", "Next step (Alt+→ while the step has focus)");
        back.getElement().setAttribute("title", "Previous step (Alt+← while the step has focus)");
        completion.addClassName("kmslab-lesson-complete");
        HorizontalLayout help = new HorizontalLayout(hint, solution);
        help.setWrap(true);
        HorizontalLayout nav = new HorizontalLayout(back, next, onward);
        nav.setWrap(true);
        Div footer = new Div(goal, help, hintBox, solutionSlot, completion, nav);
        footer.addClassName("kmslab-step-footer");
        add(position, stepBody, footer);
    }

    /** Where "Put in console" buttons send a command; null in a lesson without a console (no buttons then). */
    void setPutTarget(Consumer<String> target) {
        this.putTarget = target;
        solution.setVisible(target != null);
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
        stepBody.add(new H3(step.title()), StepMarkdown.render(step.markdown(), putTarget));
        back.setEnabled(!presenter.isFirst());
        next.setVisible(!presenter.isLast());
        onward.setVisible(presenter.isLast());
        onward.setText(onwardLabel);
        showGoal(presenter);
        showHints(presenter);
        solutionSlot.removeAll();
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
        // Hints the learner opened stay, folded away once the goal is met.
        hintBox.setOpened(!met);
    }

    void showHints(LessonPresenter presenter) {
        hints.removeAll();
        presenter.visibleHints().forEach(h -> hints.add(new ListItem(StepMarkdown.hint(h, putTarget))));
        int shown = presenter.visibleHints().size();
        hintBox.setVisible(shown > 0);
        hintBox.setSummaryText(shown == 1 ? "Hint" : "Hints (" + shown + ")");
        hint.setVisible(presenter.hasMoreHints());
        hint.setText(shown == 0 ? "Show a hint" : "Show another hint");
        if (shown > 0 && !presenter.isGoalMet(presenter.currentIndex())) {
            hintBox.setOpened(true);
        }
    }

    /** Shows the reference solution of the current step: its commands, each ready to put in the console. */
    void showSolution(List<String> commands) {
        solutionSlot.removeAll();
        Div box = new Div();
        box.addClassName("kmslab-solution");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", "Solution of this step");
        if (commands.isEmpty()) {
            box.add(new Paragraph("This step has nothing to type: read it and go on with Next."));
        } else {
            box.add(new Paragraph("The reference solution of this step. Replace each <NAME> with the value from your "
                    + "own output (KEY is your key's KeyId)."));
            box.add(StepMarkdown.commands(commands, putTarget));
        }
        solutionSlot.add(box);
    }

    /** Shows (or hides, with null) the card at the end of a lesson. */
    void showCompletion(Component card) {
        completion.removeAll();
        completion.setVisible(card != null);
        if (card != null) {
            completion.add(card);
        }
    }

    Optional<String> positionText() {
        return Optional.ofNullable(position.getText());
    }
}
