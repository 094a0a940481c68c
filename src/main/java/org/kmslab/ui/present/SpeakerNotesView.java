package org.kmslab.ui.present;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.function.Consumer;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;

/**
 * The speaker notes at {@code /present/<lesson-id>/notes}, for the instructor's own screen: the notes of the step on
 * the projector, what comes next, and the answers. It shares the presentation of the presenter window of the same
 * browser session, so either window's keys move both.
 */
@Route("present/:lessonId/notes")
@StyleSheet("context://kmslab/present.css")
public class SpeakerNotesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonCatalog catalog;
    private final PresentationService presentations;
    private final Span position = new Span();
    private final H2 stepTitle = new H2();
    private final Section notes = new Section();
    private final Paragraph upcoming = new Paragraph();
    private final UnorderedList answers = new UnorderedList();
    private final Span script = new Span();
    private Presentation presentation;
    private Consumer<Presentation.State> listener;

    public SpeakerNotesView(LessonCatalog catalog, PresentationService presentations) {
        this.catalog = catalog;
        this.presentations = presentations;
        addClassNames("kmslab-present", "kmslab-present-notes");
        configure();
        add(new PresentKeys(key -> {
            if (key != PresenterKeys.OPEN_NOTES) {
                presentation.handle(key);
            }
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonId").orElseThrow(NotFoundException::new);
        Lesson lesson = catalog.find(id).orElseThrow(NotFoundException::new);
        presentation = PresenterSessions.of(event.getUI().getSession(), lesson, presentations);
    }

    @Override
    public String getPageTitle() {
        return presentation == null ? "Speaker notes" : "Notes: " + presentation.state().lesson().title();
    }

    private void configure() {
        position.addClassName("kmslab-present-position");
        position.getElement().setAttribute("aria-live", "polite");
        Header top = new Header(new H1("Speaker notes"), position);
        top.addClassName("kmslab-present-top");
        notes.getElement().setAttribute("aria-label", "Notes for this step");
        upcoming.addClassName("kmslab-present-next");
        answers.addClassName("kmslab-present-answers");
        answers.getElement().setAttribute("aria-label", "Answers for this step");
        Button back = new Button("Back", e -> presentation.handle(PresenterKeys.BACK));
        Button next = new Button("Next", e -> presentation.handle(PresenterKeys.NEXT));
        Div controls = new Div(back, next, script, new Span(PresenterKeys.legend()));
        controls.addClassName("kmslab-present-controls");
        add(top, stepTitle, notes, new H3("Answers"), answers, upcoming, controls);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        listener = state -> ui.access(() -> render(state));
        presentation.addListener(listener);
        render(presentation.state());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        presentation.removeListener(listener);
    }

    private void render(Presentation.State state) {
        Lesson.Step step = state.currentStep();
        position.setText("Step " + (state.step() + 1) + " of " + state.lesson().steps().size());
        stepTitle.setText(step.title());
        notes.removeAll();
        notes.add(step.notes() == null || step.notes().isBlank()
                ? new Paragraph("No notes for this step.")
                : PresenterMarkdown.render(presentation.fillIn(step.notes())));
        answers.removeAll();
        if (step.hasGoal()) {
            answers.add(new ListItem("Goal: " + step.goal().description()));
        }
        state.answers().forEach(a -> answers.add(CommandText.item(a, false)));
        if (state.answers().isEmpty() && !step.hasGoal()) {
            answers.add(new ListItem("Nothing to do on this step."));
        }
        upcoming.setText(state.upcomingStep().map(s -> "Next: " + s.title()).orElse("This is the last step."));
        script.setText("Script: " + state.nextAction() + " of " + state.actionCount()
                + (state.playing() ? " · playing" : " · paused"));
    }
}
