package org.kmslab.ui.quiz;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import org.kmslab.quiz.HandsOnChecker;
import org.kmslab.quiz.Question;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.ui.lesson.ConsoleWorkbench;

/**
 * A hands-on question done in a sandbox: the task, a fresh sandbox with the question's setup, the lessons' AWS CLI
 * console over it (with the files the setup saved), and "Check my sandbox", whose verdict names each goal condition
 * that does not hold yet. After a check that fails, "Show solution" (or {@code lab solution} in the console) shows the
 * reference solution as command lines and ends the question as missed. {@link EndedEvent} tells the attempt view when
 * the question ended, solved or not, so it can show the options with their explanations.
 */
final class HandsOnPanel extends Div {

    private final AttemptPresenter presenter;
    private final SandboxService sandboxes;
    private final KmsGateway gateway;
    private final Question question;
    private final Paragraph stem;
    private final Paragraph task = new Paragraph();
    private final Paragraph hint = new Paragraph();
    private final Div workspace = new Div();
    private final Div verdict = new Div();
    private final Div solution = new Div();
    private final Button showSolution = new Button("Show solution", e -> showSolution());
    private final Span solutionCost = new Span("Counts this question as missed.");
    private HandsOnSandbox sandbox;
    private ConsoleWorkbench console;
    private boolean failedCheck;
    private boolean solutionShown;

    /**
     * {@code stem} shows the question's stem above the panel: like the task, it is reworded for the account of each
     * new sandbox, so a role ARN in it names the account the learner types in.
     */
    HandsOnPanel(AttemptPresenter presenter, SandboxService sandboxes, KmsGateway gateway, Paragraph stem) {
        this.presenter = presenter;
        this.stem = stem;
        this.sandboxes = sandboxes;
        this.gateway = gateway;
        this.question = presenter.question();
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Hands-on task");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Margin.Vertical.MEDIUM, LumoUtility.Background.CONTRAST_5);
        H3 title = new H3("Do it in your sandbox");
        title.addClassNames(LumoUtility.FontSize.LARGE);
        task.setId("hands-on-task");
        add(title, task);
        if (question.handsOn().hint() != null) {
            add(new Details("Hint", hint));
        }
        verdict.getElement().setAttribute("role", "status");
        verdict.getElement().setAttribute("aria-label", "Check result");
        solution.getElement().setAttribute("aria-label", "Reference solution");
        solution.getElement().setAttribute("role", "region");
        solutionCost.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        showSolution.getElement().setAttribute("aria-description", solutionCost.getText());
        add(workspace);
        prepare();
    }

    Registration addEndedListener(ComponentEventListener<EndedEvent> listener) {
        return addListener(EndedEvent.class, listener);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** A new sandbox with the question's setup: what is in it, the console, and the check. */
    private void prepare() {
        if (sandbox != null) {
            sandbox.close();
        }
        sandbox = HandsOnSandbox.prepare(sandboxes.create(), gateway, question.handsOn());
        Question here = question.inAccount(sandbox.accountId());
        stem.setText(here.stem());
        task.setText(here.handsOn().task());
        hint.setText(here.handsOn().hint());
        workspace.removeAll();
        verdict.removeAll();
        workspace.add(contents());
        console = new ConsoleWorkbench(sandbox.console(), sandbox.sandbox());
        console.setSolutionCommand(this::solutionCommand);
        workspace.add(console);

        Button check = new Button("Check my sandbox", e -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button restart = new Button("Start over", e -> prepare());
        restart.getElement().setAttribute("aria-description", "A fresh sandbox with the task's setup, without your changes");
        updateSolutionButton();
        HorizontalLayout actions = new HorizontalLayout(FlexComponent.Alignment.BASELINE, check, showSolution,
                solutionCost, restart);
        actions.setWrap(true);
        workspace.add(actions, verdict, solution);
    }

    /** What the setup left in the sandbox, named as the task names it. */
    private Div contents() {
        Div contents = new Div();
        Map<String, String> keys = sandbox.keys();
        Map<String, String> files = sandbox.files();
        if (keys.isEmpty() && files.isEmpty()) {
            contents.add(new Paragraph("Your sandbox is empty: a new account, " + sandbox.accountId()
                    + ", with no keys yet."));
            return contents;
        }
        contents.add(new H4("In your sandbox (account " + sandbox.accountId() + ")"));
        if (!keys.isEmpty()) {
            contents.add(listing("Keys", keys, true));
        }
        if (!files.isEmpty()) {
            contents.add(listing("Files (fileb://<name>)", files, false));
        }
        return contents;
    }

    /** Names with their values: key ids shown as code to copy, file descriptions as text. */
    private static Div listing(String label, Map<String, String> entries, boolean values) {
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", label);
        entries.forEach((name, value) -> {
            Span shown = new Span(value);
            if (values) {
                shown.addClassNames("kmslab-bytes");
            }
            list.add(new ListItem(new Span(name + ": "), shown));
        });
        Span title = new Span(label);
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return new Div(title, list);
    }

    private void check() {
        boolean endedBefore = presenter.isRevealed();
        HandsOnChecker.Report report = presenter.checkHandsOn(sandbox);
        verdict.removeAll();
        Paragraph head = new Paragraph(verdictText(report.passed(), endedBefore, presenter.isRevealed()));
        head.addClassNames(LumoUtility.FontWeight.BOLD,
                report.passed() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        UnorderedList items = new UnorderedList();
        items.getElement().setAttribute("aria-label", "Goal conditions");
        for (HandsOnChecker.Result r : report.results()) {
            items.add(new ListItem(conditionText(r)));
        }
        verdict.add(head, items);
        failedCheck |= !report.passed();
        updateSolutionButton();
        if (!endedBefore && presenter.isRevealed()) {
            fireEvent(new EndedEvent(this));
        }
    }

    /** "Show solution" is offered after a check that failed, and after the question ended; its cost until then. */
    private void updateSolutionButton() {
        showSolution.setVisible(!solutionShown && (failedCheck || presenter.isRevealed()));
        solutionCost.setVisible(showSolution.isVisible() && !presenter.isRevealed());
    }

    static String verdictText(boolean passed, boolean endedBefore, boolean endedNow) {
        if (passed && !endedBefore && endedNow) {
            return "Task done: every goal condition holds. The question counts as answered correctly.";
        }
        if (passed) {
            return "Every goal condition holds now." + (endedBefore ? " (The question was already scored.)" : "");
        }
        return "Not done yet. The conditions marked ✗ do not hold:";
    }

    /** One goal condition in plain words: what must hold and, when it does not, what the sandbox shows instead. */
    static String conditionText(HandsOnChecker.Result r) {
        return r.met() ? "✓ " + r.expectation() + "."
                : "✗ " + r.expectation() + ": not yet, " + (r.actual() == null ? "it does not hold" : r.actual()) + ".";
    }

    /** {@code lab solution} in the console: the same as the button, once a check has failed. */
    private void solutionCommand() {
        if (failedCheck || presenter.isRevealed()) {
            showSolution();
        } else {
            console.note("Try it first, then Check my sandbox. The solution is offered after a check that fails.");
        }
    }

    private void showSolution() {
        boolean endedBefore = presenter.isRevealed();
        if (!endedBefore) {
            presenter.showSolution();
        }
        List<String> lines = sandbox.solutionLines(question.handsOn().solution());
        solution.removeAll();
        Pre commands = new Pre(String.join("\n", lines));
        commands.addClassNames("kmslab-bytes");
        solution.addClassName("kmslab-solution");
        solution.add(new H4("Reference solution"), commands, new Paragraph("Type these lines in the console to see "
                + "them work (a <name> is a value an earlier line prints). Any other path to the goal is right too."));
        console.note("Solution:\n" + String.join("\n", lines));
        solutionShown = true;
        updateSolutionButton();
        if (!endedBefore) {
            fireEvent(new EndedEvent(this));
        }
    }

    /** The question ended: solved by a passing check, or missed because the solution was shown. */
    static final class EndedEvent extends ComponentEvent<HandsOnPanel> {
        EndedEvent(HandsOnPanel source) {
            super(source, false);
        }
    }
}
