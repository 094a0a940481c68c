package org.kmslab.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;

/**
 * The instructor's class console: start a class and show its join code and QR code, move the class to a lesson and
 * step, run a poll ({@link PollPanel}) and watch the class ({@link DashboardPanel}). Every button calls
 * {@link ClassroomService} with the instructor secret, which checks it.
 */
class InstructorConsole extends Div {

    private final ClassroomService classes;
    private final LessonCatalog catalog;
    private final String secret;
    private final String joinUrlBase;
    private final Div classInfo = new Div();
    private final Select<Lesson> lesson = new Select<>();
    private final Select<Integer> step = new Select<>();
    private final Anchor present = new Anchor();
    private final Span followStatus = new Span();
    private final PollPanel polls;
    private final DashboardPanel dashboard;
    private final Section running;
    private Registration subscription;

    InstructorConsole(ClassroomService classes, LessonCatalog catalog, PollBoard board, String secret,
            String joinUrlBase) {
        this.classes = classes;
        this.catalog = catalog;
        this.secret = secret;
        this.joinUrlBase = joinUrlBase;
        this.polls = new PollPanel(classes, board, catalog, secret);
        this.dashboard = new DashboardPanel(classes, catalog, secret);
        setWidthFull();
        add(new H2("Teach a class"), classInfo);
        running = new Section(polls, configureFollow(), dashboard);
        running.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.LARGE);
        add(running);
        Button signOut = new Button("Sign out", e -> {
            ClassSessions.signOutInstructor(VaadinSession.getCurrent());
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(signOut);
    }

    private Section configureFollow() {
        lesson.setLabel("Lesson");
        lesson.setId("class-lesson");
        lesson.setItems(catalog.lessons());
        lesson.setItemLabelGenerator(Lesson::title);
        lesson.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                classes.moveTo(secret, e.getValue().id(), 0);
            }
        });
        step.setLabel("Step");
        step.setId("class-step");
        step.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && lesson.getValue() != null) {
                classes.moveTo(secret, lesson.getValue().id(), e.getValue());
            }
        });
        Button back = new Button("Previous step", e -> moveBy(-1));
        Button next = new Button("Next step", e -> moveBy(1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        present.setTarget(AnchorTarget.BLANK);
        present.setText("Open the presenter view");
        followStatus.getElement().setAttribute("role", "status");
        HorizontalLayout row = new HorizontalLayout(FlexComponent.Alignment.BASELINE, lesson, step, back, next, present);
        row.setWrap(true);
        Section section = new Section(new H3("Where the class is"), row, followStatus);
        section.getElement().setAttribute("aria-label", "Follow mode");
        return section;
    }

    private void moveBy(int delta) {
        classes.current(secret).flatMap(Classroom::target).ifPresent(t -> {
            int size = catalog.find(t.lessonId()).map(l -> l.steps().size()).orElse(0);
            int target = t.step() + delta;
            if (target >= 0 && target < size) {
                classes.moveTo(secret, t.lessonId(), target);
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = classes.subscribe(change -> ui.access(() -> onChange(change)));
        render();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscription.remove();
    }

    private void onChange(ClassroomService.Change change) {
        switch (change) {
            case ROSTER -> dashboard.render();
            case POLL -> {
                polls.render();
                dashboard.render();
            }
            default -> render();
        }
    }

    private void render() {
        Optional<Classroom> classroom = classes.current(secret);
        classInfo.removeAll();
        running.setVisible(classroom.isPresent());
        if (classroom.isEmpty()) {
            Button start = new Button("Start a class", e -> classes.start(secret));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            classInfo.add(new Paragraph("No class is running. Start one, then show the join code on the projector."),
                    start);
            return;
        }
        showJoin(classroom.get());
        Optional<Classroom.Target> target = classroom.get().target();
        Lesson current = target.flatMap(t -> catalog.find(t.lessonId())).orElse(null);
        lesson.setValue(current);
        step.setItems(current == null ? java.util.List.of()
                : java.util.stream.IntStream.range(0, current.steps().size()).boxed().toList());
        if (current != null) {
            step.setItemLabelGenerator(i -> (i + 1) + ". " + current.steps().get(i).title());
            step.setValue(target.get().step());
            present.setHref("present/" + current.id());
        }
        present.setVisible(current != null);
        followStatus.setText(current == null ? "Choose a lesson: every following learner's screen moves there."
                : "The class is on " + current.title() + ", step " + (target.get().step() + 1) + " of "
                        + current.steps().size() + ".");
        polls.render();
        dashboard.render();
    }

    private void showJoin(Classroom classroom) {
        Button end = new Button("End the class", e -> classes.end(secret));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Anchor screen = new Anchor("class/screen", "Open the projector screen");
        screen.setTarget(AnchorTarget.BLANK);
        Paragraph screenHelp = new Paragraph(screen);
        screenHelp.add(": the join code, the poll with its countdown, the results and the leaderboard, and nothing "
                + "of this console. Put that window on the projector and keep this one on your own screen.");
        classInfo.add(JoinInfo.block(joinUrlBase, classroom.code()), screenHelp, end);
    }
}
