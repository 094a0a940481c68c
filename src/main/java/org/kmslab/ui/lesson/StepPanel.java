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
 *
 * <p>A step change updates the panel in place (texts set, only what differs swapped), so each click sends the browser
 * a small diff; parts a lesson may never need (the hint list, the solution button, the way on) are made when first
 * shown, since every component costs each learner's session heap.
 */
final class StepPanel extends Section {

    private final Span position = new Span();
    private final Div stepBody = new Div();
    private final H3 stepTitle = new H3();
    /** The prose of a step without "Put in console" buttons: one element whose HTML a step change replaces. */
    private final Div prose = new Div();
    private final Div goal = new Div();
    private final Paragraph goalText = new Paragraph();
    /** Made when the learner first asks for a hint: many never do, and each component costs every session heap. */
    private UnorderedList hints;
    private Details hintBox;
    private final Button hint = new Button("Show a hint");
    /** Made for a lesson with a console, the only kind that has a solution to type. */
    private Button solution;
    private final Div solutionSlot = new Div();
    private final Div completion = new Div();
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    /** Made when the learner reaches the last step, where Next becomes the way on. */
    private Button onward;
    private final Runnable onSolution;
    private final Runnable onOnward;
    private final HorizontalLayout help;
    private final HorizontalLayout nav;
    private final Div footer;
    private Consumer<String> putTarget;
    /** What the step body and the hint list show now, so that a call that changed neither rebuilds nothing. */
    private Lesson.Step shownStep;
    /** The step whose solution the panel shows, if any. */
    private Lesson.Step solutionStep;
    private Consumer<String> shownPutTarget;
    private List<String> shownHints = List.of();
    private Consumer<String> hintsPutTarget;

    StepPanel(Runnable onBack, Runnable onNext, Runnable onHint, Runnable onOnward, Runnable onSolution) {
        addClassName("kmslab-step-panel");
        getElement().setAttribute("aria-label", "Lesson step");
        getElement().setAttribute("tabindex", "-1");
        position.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        stepBody.addClassName("kmslab-step-body");
        prose.addClassName(Markdown.BODY_CLASS);
        stepBody.add(stepTitle);
        goal.getElement().setAttribute("role", "status");
        goal.addClassName("kmslab-goal");
        goal.add(goalText);
        goal.setVisible(false);
        hint.addClickListener(e -> onHint.run());
        hint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        this.onSolution = onSolution;
        this.onOnward = onOnward;
        back.addClickListener(e -> onBack.run());
        next.addClickListener(e -> onNext.run());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT).listenOn(this);
        back.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT).listenOn(this);
        next.getElement().setAttribute("aria-keyshortcuts", "Alt+ArrowRight");
        back.getElement().setAttribute("aria-keyshortcuts", "Alt+ArrowLeft");
        // Plain Latin-1 words, not arrow glyphs: Vaadin keeps each UI's last response as a String, and one character
        // outside Latin-1 stores the whole of it in UTF-16, twice the bytes (about 26 KB more per open lesson tab).
        next.getElement().setAttribute("title", "Next step (Alt+Right Arrow while the step has focus)");
        back.getElement().setAttribute("title", "Previous step (Alt+Left Arrow while the step has focus)");
        completion.addClassName("kmslab-lesson-complete");
        help = new HorizontalLayout(hint);
        help.setWrap(true);
        nav = new HorizontalLayout(back, next);
        nav.setWrap(true);
        footer = new Div(goal, help, solutionSlot, completion, nav);
        footer.addClassName("kmslab-step-footer");
        add(position, stepBody, footer);
    }

    /** Where "Put in console" buttons send a command; null in a lesson without a console (no buttons then). */
    void setPutTarget(Consumer<String> target) {
        this.putTarget = target;
        if (solution == null && target != null) {
            solution = new Button("Show solution", e -> onSolution.run());
            solution.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            solution.getElement().setAttribute("title", "The reference solution of this step (or type lab solution)");
            help.add(solution);
        }
        if (solution != null) {
            solution.setVisible(target != null);
        }
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
        showText(step);
        back.setEnabled(!presenter.isFirst());
        next.setVisible(!presenter.isLast());
        if (onward == null && presenter.isLast()) {
            onward = new Button(onwardLabel, e -> onOnward.run());
            onward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            nav.add(onward);
        }
        if (onward != null) {
            onward.setVisible(presenter.isLast());
            onward.setText(onwardLabel);
        }
        showGoal(presenter);
        showHints(presenter);
        // The solution goes with its step: a goal met while the learner follows it redraws the step, not the solution.
        if (step != solutionStep) {
            solutionSlot.removeAll();
            solutionStep = null;
        }
    }

    /**
     * The step's title and prose. Only a step change (or a console coming or going) touches them; without a console
     * the prose is one element whose HTML is replaced, so the browser gets one property rather than a new subtree.
     */
    private void showText(Lesson.Step step) {
        if (step == shownStep && putTarget == shownPutTarget) {
            return;
        }
        shownStep = step;
        shownPutTarget = putTarget;
        stepTitle.setText(step.title());
        Component text;
        if (putTarget == null) {
            prose.getElement().setProperty("innerHTML", Markdown.body(step.markdown()));
            text = prose;
        } else {
            text = StepMarkdown.render(step.markdown(), putTarget);
        }
        if (stepBody.getComponentCount() > 1 && stepBody.getComponentAt(1) != text) {
            stepBody.remove(stepBody.getComponentAt(1));
        }
        if (stepBody.getComponentCount() == 1) {
            stepBody.add(text);
        }
    }

    void showGoal(LessonPresenter presenter) {
        Lesson.Step step = presenter.currentStep();
        if (!step.hasGoal()) {
            goal.setVisible(false);
            return;
        }
        boolean met = presenter.isGoalMet(presenter.currentIndex());
        goal.setVisible(true);
        goalText.setText((met ? "✓ Goal met: " : "Goal: ") + step.goal().description()
                + (met && !presenter.isLast() ? " Go on with Next." : ""));
        goalText.setClassName("kmslab-goal-met", met);
        goal.setClassName("kmslab-goal-done", met);
        // Hints the learner opened stay, folded away once the goal is met.
        if (hintBox != null) {
            hintBox.setOpened(!met);
        }
    }

    void showHints(LessonPresenter presenter) {
        List<String> visible = presenter.visibleHints();
        int shown = visible.size();
        if (hintBox == null && shown > 0) {
            configureHints();
        }
        if (hintBox != null) {
            if (!visible.equals(shownHints) || putTarget != hintsPutTarget) {
                hints.removeAll();
                visible.forEach(h -> hints.add(new ListItem(StepMarkdown.hint(h, putTarget))));
                shownHints = List.copyOf(visible);
                hintsPutTarget = putTarget;
            }
            hintBox.setVisible(shown > 0);
            hintBox.setSummaryText(shown == 1 ? "Hint" : "Hints (" + shown + ")");
            if (shown > 0 && !presenter.isGoalMet(presenter.currentIndex())) {
                hintBox.setOpened(true);
            }
        }
        hint.setVisible(presenter.hasMoreHints());
        hint.setText(shown == 0 ? "Show a hint" : "Show another hint");
    }

    private void configureHints() {
        hints = new UnorderedList();
        hints.getElement().setAttribute("aria-label", "Hints");
        hints.addClassName("kmslab-hints");
        hintBox = new Details("Hints", hints);
        hintBox.addClassName("kmslab-hint-box");
        footer.addComponentAtIndex(footer.indexOf(solutionSlot), hintBox);
    }

    /** Shows the reference solution of the current step: its commands, each ready to put in the console. */
    void showSolution(List<String> commands) {
        solutionSlot.removeAll();
        solutionStep = shownStep;
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
