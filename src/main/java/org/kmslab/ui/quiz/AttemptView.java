package org.kmslab.ui.quiz;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.QuestionType;
import org.kmslab.quiz.QuizService;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.ui.MainLayout;

/**
 * One attempt at {@code /quiz/attempt/<id>}: the current question with its options in shuffled order; in practice,
 * drill and review modes a check with every option's explanation; in an exam a visible timer, flags, a navigator and a
 * submit at the end. A hands-on question (outside the exam) first asks how to answer it: in a sandbox of its own with
 * the AWS CLI console, where its options stay hidden until it ends, or from its options. State lives in
 * {@link AttemptPresenter}.
 */
@Route(value = "quiz/attempt", layout = MainLayout.class)
public class AttemptView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final QuizService service;
    private final SandboxService sandboxes;
    private final KmsGateway gateway;
    private final Div header = new Div();
    private final Section questionSection = new Section();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Nav navigator = new Nav();
    private final Button previous = new Button("Previous");
    private final Button check = new Button("Check answer");
    private final Button next = new Button("Next");
    private final Button flag = new Button("Flag for review");
    private final Button submit = new Button("Finish");
    private final Button report = new Button("Report a problem");
    private final List<Button> cells = new java.util.ArrayList<>();
    private AttemptPresenter presenter;

    public AttemptView(QuizService service, SandboxService sandboxes, KmsGateway gateway) {
        this.service = service;
        this.sandboxes = sandboxes;
        this.gateway = gateway;
        setMaxWidth("60rem");
        questionSection.getElement().setAttribute("aria-label", "Question");
        navigator.getElement().setAttribute("aria-label", "Question navigator");
        actions.setWrap(true);
        configureActions();
        add(header, questionSection, actions, navigator);
    }

    @Override
    public void setParameter(BeforeEvent event, String attemptId) {
        try {
            presenter = new AttemptPresenter(service, attemptId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        if (presenter.isSubmitted()) {
            event.forwardTo(ResultsView.class, attemptId);
            return;
        }
        buildNavigator();
        render();
    }

    @Override
    public String getPageTitle() {
        return presenter == null ? "Quiz · KMS Lab" : presenter.attempt().label() + " · KMS Lab";
    }

    private void render() {
        renderHeader();
        renderQuestion();
        updateActions();
        updateNavigator();
        header.scrollIntoView();
    }

    private void renderHeader() {
        header.removeAll();
        H2 title = new H2(presenter.attempt().label());
        title.addClassNames(LumoUtility.FontSize.XLARGE);
        Span position = new Span(presenter.positionText());
        position.addClassNames(LumoUtility.TextColor.SECONDARY);
        HorizontalLayout row = new HorizontalLayout(position);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        presenter.attempt().deadline().ifPresent(deadline -> {
            QuizTimer timer = new QuizTimer(deadline, service.now());
            timer.addExpiredListener(e -> timeIsUp());
            row.add(timer);
        });
        header.add(title, row);
    }

    private void renderQuestion() {
        questionSection.removeAll();
        Question q = presenter.question();
        Paragraph stem = new Paragraph(q.stem());
        stem.addClassNames("kmslab-step-body");
        stem.setId("question-stem");
        questionSection.add(stem);
        AttemptPresenter.Stage stage = presenter.stage();
        if (stage == AttemptPresenter.Stage.CHOOSE) {
            questionSection.add(choice());
        } else if (stage == AttemptPresenter.Stage.SANDBOX) {
            HandsOnPanel handsOn = new HandsOnPanel(presenter, sandboxes, gateway, stem);
            // The panel stays (with its sandbox and console) when the question ends; the feedback comes under it.
            handsOn.addEndedListener(e -> {
                presenter.feedback().ifPresent(f -> questionSection.add(new FeedbackPanel(f, presenter.options())));
                updateActions();
                updateNavigator();
            });
            questionSection.add(handsOn);
        }
        if (!presenter.showsOptions()) {
            return;
        }
        if (presenter.isInSandbox()) {
            // Answered in the sandbox: the options appear only in the feedback, for learning, never as a choice.
            presenter.feedback().ifPresent(f -> questionSection.add(new FeedbackPanel(f, presenter.options())));
            return;
        }
        List<AttemptPresenter.ShownOption> shown = presenter.options();
        Map<Integer, AttemptPresenter.ShownOption> byFile = shown.stream()
                .collect(Collectors.toMap(AttemptPresenter.ShownOption::fileIndex, Function.identity()));
        String label = "Answer: " + presenter.chooseText();
        if (q.type() == QuestionType.SINGLE) {
            RadioButtonGroup<AttemptPresenter.ShownOption> group = new RadioButtonGroup<>(label);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setItems(shown);
            group.setItemLabelGenerator(o -> o.letter() + ". " + o.text());
            presenter.selected().stream().findFirst().map(byFile::get).ifPresent(group::setValue);
            group.setReadOnly(presenter.isRevealed());
            group.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    act(() -> presenter.select(Set.of(e.getValue().fileIndex())));
                }
            });
            questionSection.add(group);
        } else {
            CheckboxGroup<AttemptPresenter.ShownOption> group = new CheckboxGroup<>(label);
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItems(shown);
            group.setItemLabelGenerator(o -> o.letter() + ". " + o.text());
            group.setValue(presenter.selected().stream().map(byFile::get).collect(Collectors.toSet()));
            group.setReadOnly(presenter.isRevealed());
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> presenter.select(e.getValue().stream().map(AttemptPresenter.ShownOption::fileIndex)
                            .collect(Collectors.toSet())));
                }
            });
            questionSection.add(group);
        }
        if (presenter.isRevealed()) {
            presenter.feedback().ifPresent(f -> questionSection.add(new FeedbackPanel(f, shown)));
        }
    }

    /** A hands-on question's first screen: do the task in a sandbox, or answer from the options. */
    private Div choice() {
        Paragraph why = new Paragraph("This is a hands-on question. Do the task in a sandbox of your own with the AWS "
                + "CLI: the options stay hidden and only a sandbox that meets the goal counts as correct. Or answer "
                + "from the options, as in the exam.");
        Button sandbox = new Button("Do it in a sandbox", e -> act(() -> {
            presenter.chooseSandbox();
            renderQuestion();
        }));
        sandbox.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button options = new Button("Answer from options", e -> act(() -> {
            presenter.chooseOptions();
            renderQuestion();
        }));
        HorizontalLayout buttons = new HorizontalLayout(sandbox, options);
        buttons.setWrap(true);
        Div choice = new Div(why, buttons);
        choice.getElement().setAttribute("role", "group");
        choice.getElement().setAttribute("aria-label", "How to answer");
        return choice;
    }

    private void configureActions() {
        previous.addClickListener(e -> act(() -> {
            presenter.previous();
            render();
        }));
        previous.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        next.addClickListener(e -> act(() -> {
            presenter.next();
            render();
        }));
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        check.addClickListener(e -> act(() -> {
            presenter.check();
            renderQuestion();
        }));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        flag.addClickListener(e -> act(presenter::toggleFlag));
        report.addClickListener(e -> new ReportDialog(service, presenter.question().id()).open());
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        submit.addClickListener(e -> confirmSubmit());
        actions.add(previous, check, next, flag, submit, report);
    }

    /** Brings the buttons up to date without replacing them, so focus and in-flight clicks survive. */
    private void updateActions() {
        previous.setEnabled(!presenter.isFirst());
        next.setEnabled(!presenter.isLast());
        // A task done in the sandbox has its own check ("Check my sandbox").
        check.setVisible(presenter.attempt().mode().instantFeedback() && !presenter.isInSandbox());
        check.setEnabled(presenter.canCheck());
        flag.setText(presenter.isFlagged() ? "Remove flag" : "Flag for review");
        flag.getElement().setAttribute("aria-pressed", Boolean.toString(presenter.isFlagged()));
        submit.setText(presenter.isExam() ? "Submit exam" : "Finish");
        submit.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        submit.addThemeVariants(presenter.isExam() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
    }

    private void buildNavigator() {
        navigator.removeAll();
        cells.clear();
        Div grid = new Div();
        grid.addClassNames("kmslab-quiz-nav", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.XSMALL);
        for (int i = 0; i < presenter.attempt().size(); i++) {
            int position = i;
            Button cell = new Button(String.valueOf(i + 1), e -> act(() -> {
                presenter.moveTo(position);
                render();
            }));
            cell.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cells.add(cell);
            grid.add(cell);
        }
        Span legend = new Span(legend(presenter.isExam()));
        legend.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        navigator.add(grid, legend);
    }

    static String legend(boolean exam) {
        return "Filled: answered · outlined: not answered · ring: this question · ⚑: flagged for review"
                + (exam ? "" : " · green ✓ or red ✗: checked right or wrong");
    }

    private void updateNavigator() {
        List<AttemptPresenter.NavItem> items = presenter.navigator();
        for (int i = 0; i < items.size() && i < cells.size(); i++) {
            AttemptPresenter.NavItem item = items.get(i);
            Button cell = cells.get(i);
            // The marks repeat in text what the colours say, so no state is told by colour alone.
            String checked = item.correct() == null ? "" : item.correct() ? " ✓" : " ✗";
            cell.setText(item.number() + checked + (item.flagged() ? " ⚑" : ""));
            cell.getElement().setAttribute("aria-label", item.accessibleName());
            // What the legend says, and nothing else: filled when answered (green or red once checked), outlined
            // when not, and a ring around the question on screen, whatever its state.
            cell.setClassName("kmslab-nav-answered", item.answered() && item.correct() == null);
            cell.setClassName("kmslab-nav-open", !item.answered());
            cell.setClassName("kmslab-nav-right", Boolean.TRUE.equals(item.correct()));
            cell.setClassName("kmslab-nav-wrong", Boolean.FALSE.equals(item.correct()));
            cell.setClassName("kmslab-nav-current", item.current());
            if (item.current()) {
                cell.getElement().setAttribute("aria-current", "step");
            } else {
                cell.getElement().removeAttribute("aria-current");
            }
        }
    }

    private void confirmSubmit() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(presenter.isExam() ? "Submit your exam?" : "Finish this attempt?");
        dialog.add(new Paragraph(presenter.submitWarning().orElse("Every question is answered.")
                + " You cannot change answers afterwards."));
        Button keep = new Button("Keep working", e -> dialog.close());
        Button submit = new Button(presenter.isExam() ? "Submit" : "Finish", e -> {
            dialog.close();
            presenter.submit();
            getUI().ifPresent(ui -> ui.navigate(ResultsView.class, presenter.attempt().id()));
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(keep, submit);
        dialog.open();
    }

    private void timeIsUp() {
        presenter.submit();
        Notification.show("Time is up. Your exam was submitted.", 5000, Notification.Position.MIDDLE);
        getUI().ifPresent(ui -> ui.navigate(ResultsView.class, presenter.attempt().id()));
    }

    /** Runs a change; if the attempt ended meanwhile (time ran out), goes to the results instead. */
    private void act(Runnable change) {
        try {
            change.run();
            updateActions();
            updateNavigator();
        } catch (IllegalStateException e) {
            presenter.refresh();
            if (presenter.isSubmitted()) {
                timeIsUp();
            } else {
                Notification.show(e.getMessage(), 4000, Notification.Position.BOTTOM_CENTER);
            }
        }
    }
}
