package org.kmslab.ui.present;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.Locale;
import java.util.function.Consumer;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.ui.classroom.ClassroomLink;
import org.kmslab.audit.AuditService;
import org.kmslab.ui.lesson.ConsoleWorkbench;
import org.kmslab.ui.lesson.SandboxWorkspace;
import org.kmslab.ui.lesson.StepVisual;

/**
 * A lesson on a projector, at {@code /present/<lesson-id>}: the step in large type beside the step's own visualizer
 * (the one the lesson view shows, fed by the demo sandbox's real calls), the scripted demo's log, and the answers on
 * demand. No navigation chrome; the keyboard drives it (see
 * {@link PresenterKeys}), and the speaker notes open in a second window that follows every move.
 */
@Route("present/:lessonId")
@StyleSheet("context://kmslab/present.css")
public class PresenterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonCatalog catalog;
    private final PresentationService presentations;
    private final KmsGateway gateway;
    private final ClassroomLink classroom;
    private final AuditService audit;
    private final Section picture = new Section();
    private StepVisual visual;
    private DemoScript.Played lastPlayed;
    private final H1 lessonTitle = new H1();
    private final Span position = new Span();
    private final H2 stepTitle = new H2();
    private final Div stepBody = new Div();
    private final Section answers = new Section();
    private final Paragraph problem = new Paragraph();
    private final OrderedList log = new OrderedList();
    private final Div improvise = new Div();
    private final Button play = new Button("Play script");
    private final Button answersToggle = new Button("Show answers");
    private final Span scriptPosition = new Span();
    private final Select<PresenterDeck.Speed> speed = new Select<>();
    private Presentation presentation;
    private Consumer<Presentation.State> stateListener;
    private Consumer<EngineEvent> eventListener;
    private int shownStep = -1;

    public PresenterView(LessonCatalog catalog, PresentationService presentations, KmsGateway gateway,
                         ClassroomLink classroom, AuditService audit) {
        this.catalog = catalog;
        this.audit = audit;
        this.presentations = presentations;
        this.gateway = gateway;
        this.classroom = classroom;
        addClassName("kmslab-present");
        configureContent();
        configureControls();
        add(new PresentKeys(this::onKey));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonId").orElseThrow(NotFoundException::new);
        Lesson lesson = catalog.find(id).orElseThrow(NotFoundException::new);
        presentation = PresenterSessions.of(event.getUI().getSession(), lesson, presentations);
        lessonTitle.setText(lesson.title());
        visual = new StepVisual(presentation.sandbox(), audit);
        picture.removeAll();
        picture.add(visual);
        improvise.removeAll();
        ConsoleWorkbench console = new ConsoleWorkbench(new SandboxWorkspace(gateway, presentation.sandbox()),
                presentation.sandbox());
        console.addCommandListener(e -> visual.showResult(e.result()));
        improvise.add(console);
    }

    @Override
    public String getPageTitle() {
        return presentation == null ? "Presenter" : "Presenting: " + presentation.state().lesson().title();
    }

    private void configureContent() {
        position.addClassName("kmslab-present-position");
        position.getElement().setAttribute("aria-live", "polite");
        Header top = new Header(lessonTitle, position);
        top.addClassName("kmslab-present-top");

        answers.addClassName("kmslab-present-answers");
        answers.getElement().setAttribute("aria-label", "Answers");
        problem.addClassName("kmslab-present-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        log.addClassName("kmslab-present-log");
        log.getElement().setAttribute("role", "log");
        log.getElement().setAttribute("aria-label", "Demo log");
        Details sandbox = new Details("Improvise in the demo sandbox", improvise);
        Section slide = new Section(stepTitle, answers, problem, stepBody, new H3("Demo log"), log, sandbox);
        slide.addClassName("kmslab-present-slide");
        slide.getElement().setAttribute("aria-label", "The step");
        picture.addClassName("kmslab-present-picture");
        picture.getElement().setAttribute("aria-label", "What just happened");
        Main main = new Main(slide, picture);
        main.addClassName("kmslab-present-stage");
        add(top, main);
    }

    private void configureControls() {
        Button back = new Button("Back", e -> presentation.handle(PresenterKeys.BACK));
        Button next = new Button("Next", e -> presentation.handle(PresenterKeys.NEXT));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        play.addClickListener(e -> presentation.togglePlay());
        Button one = new Button("Play one action", e -> presentation.playOne());
        answersToggle.addClickListener(e -> presentation.handle(PresenterKeys.TOGGLE_ANSWERS));
        Button reset = new Button("Reset sandbox", e -> presentation.reset());
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button notes = new Button("Speaker notes", e -> openNotes());
        speed.setAriaLabel("Script speed");
        speed.setItems(PresenterDeck.Speed.values());
        speed.setItemLabelGenerator(s -> "Speed: " + s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT)
                + " (" + s.seconds() + " s)");
        speed.setValue(PresenterDeck.Speed.NORMAL);
        speed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                presentation.speed(e.getValue());
            }
        });
        Span legend = new Span(PresenterKeys.legend());
        legend.addClassName("kmslab-present-legend");
        Div controls = new Div(back, next, play, one, speed, scriptPosition, answersToggle, reset, notes, legend);
        controls.addClassName("kmslab-present-controls");
        controls.getElement().setAttribute("role", "toolbar");
        controls.getElement().setAttribute("aria-label", "Presenter controls");
        add(controls);
    }

    private void onKey(PresenterKeys key) {
        if (key == PresenterKeys.OPEN_NOTES) {
            openNotes();
        } else {
            presentation.handle(key);
        }
    }

    private void openNotes() {
        String lessonId = presentation.state().lesson().id();
        getUI().ifPresent(ui -> ui.getPage().open("present/" + lessonId + "/notes", "kmslab-notes-" + lessonId));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        stateListener = state -> ui.access(() -> render(state));
        eventListener = event -> ui.access(() -> visual.show(event));
        presentation.addListener(stateListener);
        presentation.sandbox().addListener(eventListener);
        classroom.classStep(presentation.state().lesson().id()).ifPresent(presentation::goTo);
        shownStep = -1;
        lastPlayed = null;
        render(presentation.state());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        presentation.removeListener(stateListener);
        presentation.sandbox().removeListener(eventListener);
    }

    private void render(Presentation.State state) {
        Lesson.Step step = state.currentStep();
        position.setText("Step " + (state.step() + 1) + " of " + state.lesson().steps().size());
        if (state.step() != shownStep) {
            shownStep = state.step();
            stepTitle.setText((step.pitfall() ? "What goes wrong: " : "") + step.title());
            stepBody.removeAll();
            stepBody.add(PresenterMarkdown.render(step.markdown()));
            visual.use(step.visual());
            classroom.presenterMoved(state.lesson().id(), state.step());
        }
        showPlayed(state);
        renderAnswers(state);
        problem.setVisible(state.problem() != null);
        problem.setText(state.problem() == null ? "" : state.problem());
        log.removeAll();
        for (DemoScript.Played played : state.log()) {
            StringBuilder text = new StringBuilder(played.command());
            played.happened().forEach(h -> text.append("\n→ ").append(h));
            if (!played.ok() || played.happened().isEmpty()) {
                text.append(played.output().isBlank() ? "" : "\n" + abbreviate(played.output()));
            }
            log.add(CommandText.item(text.toString(), !played.ok()));
        }
        play.setText(state.playing() ? "Pause script" : "Play script");
        play.setEnabled(state.playing() || !state.scriptFinished());
        scriptPosition.setText("Script: " + state.nextAction() + " of " + state.actionCount() + " actions played");
        answersToggle.setText(state.answersShown() ? "Hide answers" : "Show answers");
        answersToggle.getElement().setAttribute("aria-pressed", Boolean.toString(state.answersShown()));
        speed.setValue(state.speed());
    }

    /** Feeds what the newest script action printed to the picture (ciphertext bytes, local envelope steps). */
    private void showPlayed(Presentation.State state) {
        DemoScript.Played newest = state.log().isEmpty() ? null : state.log().getFirst();
        if (newest == null && lastPlayed != null) {
            visual.reset();
        } else if (newest != null && newest != lastPlayed && newest.console() != null) {
            visual.showResult(newest.console());
        }
        lastPlayed = newest;
    }

    private void renderAnswers(Presentation.State state) {
        answers.removeAll();
        answers.setVisible(state.answersShown());
        if (!state.answersShown()) {
            return;
        }
        Lesson.Step step = state.currentStep();
        if (step.hasGoal()) {
            answers.add(new Paragraph("Goal: " + step.goal().description()));
        }
        UnorderedList list = new UnorderedList();
        state.answers().forEach(a -> list.add(CommandText.item(a, false)));
        step.hints().forEach(h -> list.add(CommandText.item("Hint: " + h, false)));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem("Nothing to do on this step: talk it through."));
        }
        answers.add(list);
    }

    private static String abbreviate(String output) {
        String trimmed = output.strip();
        return trimmed.length() <= 400 ? trimmed : trimmed.substring(0, 400) + " …";
    }
}
