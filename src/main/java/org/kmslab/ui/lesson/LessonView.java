package org.kmslab.ui.lesson;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.kmslab.audit.AuditService;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.PlaintextLab;
import org.kmslab.quiz.QuizService;
import org.kmslab.quiz.Selection;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.services.AwsServicesRegistry;
import org.kmslab.ui.LearnerSandbox;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.classroom.FollowBanner;
import org.kmslab.ui.present.SolutionPlan;
import org.kmslab.ui.progress.ProgressService;

/**
 * A lesson at {@code /lessons/<id>}: the current step's prose, goal and hints on one side (it stays in view); the
 * picture, its controls and the workbench on the other, all fed by the engine events of the learner's sandbox. The
 * learner's place and completed steps are saved as they go, and restored when they come back.
 */
@Route(value = "lessons", layout = MainLayout.class)
public class LessonView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The quiz's learner in local mode (as the quiz page starts attempts), and the size of a lesson's drill. */
    private static final String QUIZ_LEARNER = "local";
    private static final int QUIZ_SIZE = 5;

    private final LessonCatalog catalog;
    private final Sandbox sandbox;
    private final KmsGateway gateway;
    private final AwsServicesRegistry services;
    private final ProgressService progress;
    private final QuizService quiz;
    private final StepVisual visual;
    private final UndoHistory undo;
    private final LessonControls controls;
    private final StepPanel stepPanel;
    private final H2 title = new H2();
    private final Div workbenchSlot = new Div();
    private final FollowBanner follow;
    private LessonPresenter presenter;
    private ConsoleWorkbench console;
    private Consumer<EngineEvent> listener;
    private SolutionPlan solutionPlan;

    public LessonView(LessonCatalog catalog, LearnerSandbox learner, KmsGateway gateway, FollowBanner follow,
            AuditService audit, AwsServicesRegistry services, ProgressService progress, QuizService quiz) {
        this.catalog = catalog;
        this.follow = follow;
        this.sandbox = follow.learnerSandbox().orElseGet(learner::current);
        this.gateway = gateway;
        this.services = services;
        this.progress = progress;
        this.quiz = quiz;
        this.visual = new StepVisual(sandbox, audit);
        this.undo = new UndoHistory(sandbox);
        this.controls = new LessonControls(visual, this::undoLast, this::resetLesson);
        this.stepPanel = new StepPanel(() -> move(-1), () -> move(1), this::showHint, this::onward,
                this::showSolution);
        addClassName("kmslab-lesson");
        configureLayout();
    }

    @Override
    public void setParameter(BeforeEvent event, String lessonId) {
        Lesson lesson = catalog.find(lessonId).map(l -> l.inAccount(sandbox.accountId()))
                .orElseThrow(NotFoundException::new);
        presenter = new LessonPresenter(lesson);
        solutionPlan = null;
        progress.lesson(lesson.id()).ifPresent(p -> presenter.resume(p.currentStep(), p.completedSteps()));
        title.setText(lesson.title());
        undo.clear();
        controls.load(List.of());
        configureWorkbench(lesson);
        showStep();
        follow.bind(lesson.id(), this::goToStep);
    }

    @Override
    public String getPageTitle() {
        return presenter == null ? "Lesson" : presenter.lesson().title() + " · KMS Lab";
    }

    private void configureLayout() {
        title.addClassName("kmslab-lesson-title");
        Section picture = new Section(visual, controls);
        picture.addClassName("kmslab-lesson-picture");
        picture.getElement().setAttribute("aria-label", "What just happened");
        workbenchSlot.addClassName("kmslab-workbench");
        Div main = new Div(title, stepPanel, workbenchSlot);
        main.addClassName("kmslab-lesson-main");
        Div grid = new Div(main, picture);
        grid.addClassName("kmslab-lesson-grid");
        grid.setWidthFull();
        add(follow, grid);
    }

    private void configureWorkbench(Lesson lesson) {
        workbenchSlot.removeAll();
        console = null;
        if ("console".equals(lesson.workbench())) {
            console = new ConsoleWorkbench(new SandboxWorkspace(gateway, sandbox, services.forSandbox(sandbox)),
                    sandbox);
            console.setBeforeRun(undo::before);
            console.setSolutionCommand(this::showSolution);
            console.addCommandListener(e -> {
                visual.showResult(e.result());
                showUndo();
            });
            workbenchSlot.add(console);
            stepPanel.setPutTarget(console::put);
        } else {
            stepPanel.setPutTarget(null);
            workbenchSlot.add(new PlaintextWorkbench(
                    new PlaintextLab(sandbox.engine(), sandbox.administrator(CallSource.LESSON))));
        }
        showUndo();
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
        controls.record(event);
        if (presenter != null) {
            long before = presenter.completedSteps();
            presenter.record(event);
            stepPanel.showGoal(presenter);
            if (presenter.completedSteps() != before) {
                saveProgress();
                stepPanel.show(presenter, onwardLabel());
                showCompletion();
            }
        }
    }

    private void move(int delta) {
        if (delta > 0) {
            presenter.next();
        } else {
            presenter.back();
        }
        showStep();
        stepPanel.scrollIntoView();
    }

    /** Shows a given step: the live class moves a following learner's view here. */
    private void goToStep(int index) {
        presenter.goTo(index);
        showStep();
    }

    /** The current step's part of the reference solution, shown in the step panel and noted in the console. */
    private void showSolution() {
        if (solutionPlan == null) {
            // Planned as authored: the plan's scratch sandbox is the lessons' own account.
            solutionPlan = SolutionPlan.of(catalog.find(presenter.lesson().id()).orElseThrow(), gateway,
                    sandbox.externalKeyStores());
        }
        List<String> commands = solutionPlan.actionsOf(presenter.currentIndex()).stream()
                .map(presenter.lesson().solution()::get).flatMap(a -> solutionLines(a).stream()).toList();
        stepPanel.showSolution(commands);
        if (console != null) {
            console.note(commands.isEmpty() ? "This step has nothing to type."
                    : "Solution of this step:\n" + String.join("\n", commands));
        }
    }

    /** A solution action as the learner would type it: the clock jump as lab time-travel, ${X} as <X>. */
    private static List<String> solutionLines(Lesson.SolutionAction action) {
        List<String> lines = new java.util.ArrayList<>();
        if (action.advanceClock() != null) {
            lines.add(action.advanceClock().toDays() == 0
                    ? "lab time-travel --minutes " + action.advanceClock().toMinutes()
                    : "lab time-travel --days " + action.advanceClock().toDays());
        }
        if (action.cli() != null) {
            lines.add(action.cli().replaceAll("\\$\\{([A-Za-z0-9_]+)}", "<$1>"));
        }
        return lines;
    }

    private void showCompletion() {
        stepPanel.showCompletion(presenter.isLast() ? new LessonComplete(presenter, nextLesson(), this::startQuiz,
                this::goToStepAndScroll) : null);
    }

    private void goToStepAndScroll(int index) {
        goToStep(index);
        stepPanel.scrollIntoView();
    }

    /** A short drill on this lesson's topic, as the quiz page would start it. */
    private void startQuiz() {
        try {
            var attempt = quiz.start(QUIZ_LEARNER, Selection.drill(null, null, presenter.lesson().id(), QUIZ_SIZE));
            getUI().ifPresent(ui -> ui.navigate("quiz/attempt/" + attempt.id()));
        } catch (IllegalArgumentException noQuestions) {
            getUI().ifPresent(ui -> ui.navigate("quiz"));
        }
    }

    private void showStep() {
        follow.stepShown(presenter.lesson().id(), presenter.currentIndex());
        visual.use(presenter.currentStep().visual());
        stepPanel.show(presenter, onwardLabel());
        showCompletion();
        saveProgress();
    }

    private void showHint() {
        presenter.revealHint();
        stepPanel.showHints(presenter);
    }

    private Optional<Lesson> nextLesson() {
        List<Lesson> lessons = catalog.lessons();
        int i = lessons.stream().map(Lesson::id).toList().indexOf(presenter.lesson().id());
        return i >= 0 && i + 1 < lessons.size() ? Optional.of(lessons.get(i + 1)) : Optional.empty();
    }

    private String onwardLabel() {
        return nextLesson().map(l -> "Next lesson: " + l.title()).orElse("Finish: back to the course");
    }

    private void onward() {
        getUI().ifPresent(ui -> ui.navigate(nextLesson().map(l -> "lessons/" + l.id()).orElse("")));
    }

    private void saveProgress() {
        progress.save(presenter.lesson().id(), presenter.currentStep().id(), presenter.completedStepIds());
    }

    private void showUndo() {
        controls.showUndo(undo.nextCommand(), console != null);
    }

    private void undoLast() {
        undo.undo().ifPresent(command -> {
            console.undoLast();
            visual.refresh();
            console.note("Undone: " + command + ". KMS (keys, aliases, grants, policies) and this console's log, with "
                    + "any key it masked, are back as they were before it; the clock, workspace files and buckets are "
                    + "unchanged, and the audit log keeps the call.");
        });
        showUndo();
    }

    private void resetLesson() {
        sandbox.reset();
        presenter.restart();
        progress.forget(presenter.lesson().id());
        undo.clear();
        controls.load(List.of());
        visual.reset();
        configureWorkbench(presenter.lesson());
        showStep();
    }
}
