package org.kmslab.ui.lesson;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.Consumer;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.PlaintextLab;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.classroom.FollowBanner;

/**
 * A lesson at {@code /lessons/<id>}: the current step's prose, goal and hints on one side; the workbench and the
 * visualizer on the other, both fed by the engine events of the learner's sandbox.
 */
@Route(value = "lessons", layout = MainLayout.class)
public class LessonView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final LessonCatalog catalog;
    private final Sandbox sandbox;
    private final KmsGateway gateway;
    private final StepVisual visual;
    private final H2 title = new H2();
    private final Span position = new Span();
    private final Div stepBody = new Div();
    private final Div goal = new Div();
    private final UnorderedList hints = new UnorderedList();
    private final Button hint = new Button("Show a hint", e -> showHint());
    private final Button back = new Button("Back", e -> move(-1));
    private final Button next = new Button("Next", e -> move(1));
    private final Div workbenchSlot = new Div();
    private final FollowBanner follow;
    private LessonPresenter presenter;
    private Consumer<EngineEvent> listener;

    public LessonView(LessonCatalog catalog, SandboxService sandboxes, KmsGateway gateway, FollowBanner follow) {
        this.catalog = catalog;
        this.follow = follow;
        this.sandbox = follow.learnerSandbox().orElseGet(sandboxes::defaultSandbox);
        this.gateway = gateway;
        this.visual = new StepVisual(sandbox);
        setMaxWidth("90rem");
        configureLayout();
    }

    @Override
    public void setParameter(BeforeEvent event, String lessonId) {
        Lesson lesson = catalog.find(lessonId).orElseThrow(NotFoundException::new);
        presenter = new LessonPresenter(lesson);
        title.setText(lesson.title());
        workbenchSlot.removeAll();
        if ("console".equals(lesson.workbench())) {
            ConsoleWorkbench console = new ConsoleWorkbench(new SandboxWorkspace(gateway, sandbox), sandbox);
            console.addCommandListener(e -> visual.showResult(e.result().result()));
            workbenchSlot.add(console);
        } else {
            workbenchSlot.add(new PlaintextWorkbench(
                    new PlaintextLab(sandbox.engine(), sandbox.administrator(CallSource.LESSON))));
        }
        showStep();
        follow.bind(lesson.id(), this::goToStep);
    }

    @Override
    public String getPageTitle() {
        return presenter == null ? "Lesson" : presenter.lesson().title() + " · KMS Lab";
    }

    private void configureLayout() {
        position.addClassNames(LumoUtility.TextColor.SECONDARY);
        goal.getElement().setAttribute("role", "status");
        goal.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM);
        hints.getElement().setAttribute("aria-label", "Hints");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.PAGE_DOWN);
        back.addClickShortcut(Key.PAGE_UP);
        Section stepPanel = new Section(position, stepBody, goal, hint, hints, new HorizontalLayout(back, next));
        stepPanel.getElement().setAttribute("aria-label", "Lesson step");

        Select<String> speed = new Select<>();
        speed.setLabel("Animation speed");
        speed.setItems("0.5", "1", "2");
        speed.setItemLabelGenerator(s -> s + "×");
        speed.setValue("1");
        speed.addValueChangeListener(e -> visual.setSpeed(Double.parseDouble(e.getValue())));
        Section picture = new Section(new H3("What just happened"), visual, speed, workbenchSlot);
        picture.getElement().setAttribute("aria-label", "Workbench and visualizer");

        Div grid = new Div(stepPanel, picture);
        grid.addClassName("kmslab-lesson-grid");
        grid.setWidthFull();
        add(follow, title, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        listener = event -> ui.access(() -> onEngineEvent(event));
        sandbox.addListener(listener);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        sandbox.removeListener(listener);
    }

    private void onEngineEvent(EngineEvent event) {
        visual.show(event);
        if (presenter != null) {
            presenter.record(event);
            showGoal();
        }
    }

    private void move(int delta) {
        if (delta > 0) {
            presenter.next();
        } else {
            presenter.back();
        }
        showStep();
    }

    /** Shows a given step: the live class moves a following learner's view here. */
    private void goToStep(int index) {
        while (presenter.currentIndex() < index && !presenter.isLast()) {
            presenter.next();
        }
        while (presenter.currentIndex() > index && !presenter.isFirst()) {
            presenter.back();
        }
        showStep();
    }

    private void showStep() {
        Lesson.Step step = presenter.currentStep();
        follow.stepShown(presenter.lesson().id(), presenter.currentIndex());
        position.setText("Step " + (presenter.currentIndex() + 1) + " of " + presenter.lesson().steps().size()
                + (step.pitfall() ? " · What goes wrong" : ""));
        stepBody.removeAll();
        stepBody.add(new H3(step.title()), Markdown.render(step.markdown()));
        visual.use(step.visual());
        hints.removeAll();
        hint.setVisible(presenter.hasMoreHints());
        back.setEnabled(!presenter.isFirst());
        next.setEnabled(!presenter.isLast());
        showGoal();
    }

    private void showGoal() {
        Lesson.Step step = presenter.currentStep();
        goal.removeAll();
        if (!step.hasGoal()) {
            goal.setVisible(false);
            return;
        }
        boolean met = presenter.isGoalMet(presenter.currentIndex());
        goal.setVisible(true);
        Paragraph text = new Paragraph((met ? "✓ Goal met: " : "Goal: ") + step.goal().description());
        text.setClassName("kmslab-goal-met", met);
        goal.add(text);
    }

    private void showHint() {
        hints.removeAll();
        presenter.revealHint().forEach(h -> hints.add(new ListItem(h)));
        hint.setVisible(presenter.hasMoreHints());
    }
}
