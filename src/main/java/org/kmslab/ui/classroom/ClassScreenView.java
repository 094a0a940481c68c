package org.kmslab.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /class/screen}: the class's screen for the projector, opened from the instructor's console in a window of
 * its own. It shows only what the whole room may see: the join code, the running poll with its countdown and how many
 * have answered, and after the reveal the class's answers in percent and the leaderboard. Nothing of the dashboard
 * (who is stuck, whose calls failed) is ever on it. Only the instructor's session can open it.
 */
@Route("class/screen")
@PageTitle("Class screen · KMS Lab")
@StyleSheet("context://kmslab/present.css")
public class ClassScreenView extends Div implements BeforeEnterObserver {

    static final int LEADERS = 5;

    private final ClassroomService classes;
    private final PollBoard board;
    private final JoinInfo join;
    private final Span answered = new Span();
    private final Main stage = new Main();
    private String secret;
    private String joinBase;
    private Registration subscription;

    public ClassScreenView(ClassroomService classes, PollBoard board, JoinInfo join) {
        this.classes = classes;
        this.board = board;
        this.join = join;
        addClassNames("kmslab-present", "kmslab-class-screen");
        answered.addClassName("kmslab-present-position");
        answered.getElement().setAttribute("aria-live", "polite");
        stage.addClassName("kmslab-class-screen-stage");
        add(new Header(new H1("Live class"), answered), stage);
        getChildren().findFirst().ifPresent(h -> h.addClassName("kmslab-present-top"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = ClassSessions.instructorSecret(event.getUI().getSession()).filter(classes::isInstructor).orElse(null);
        joinBase = join.base();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = classes.subscribe(change -> ui.access(this::render));
        render();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscription.remove();
    }

    private void render() {
        stage.removeAll();
        answered.setText("");
        if (secret == null) {
            stage.add(new Paragraph("This is the class's projector screen. Open it from the instructor's class console "
                    + "(Teach a class), in the browser where you signed in."));
            return;
        }
        Optional<Classroom> classroom = classes.current(secret);
        if (classroom.isEmpty()) {
            stage.add(new Paragraph("No class is running."));
            return;
        }
        Optional<Classroom.InstructorPoll> poll = classes.poll(secret);
        if (poll.isEmpty()) {
            showJoin(classroom.get());
        } else {
            showPoll(classroom.get(), poll.get());
        }
    }

    private void showJoin(Classroom classroom) {
        answered.setText(classroom.size() + (classroom.size() == 1 ? " learner" : " learners") + " joined");
        Div join = new Div(JoinInfo.block(joinBase, classroom.code()));
        join.addClassName("kmslab-class-screen-results");
        stage.add(join);
        showLeaderboard(classroom, Optional.empty(), join);
    }

    private void showPoll(Classroom classroom, Classroom.InstructorPoll poll) {
        answered.setText(poll.tally().responders() + " of " + classroom.size() + " answered");
        H2 stem = new H2(poll.question().stem());
        stem.addClassName("kmslab-class-screen-stem");
        stage.add(stem);
        if (!poll.revealed()) {
            board.countdown(classroom.code(), poll.question().id()).flatMap(PollBoard.Countdown::deadline)
                    .ifPresent(deadline -> stage.add(new PollCountdown(deadline, Instant.now())));
            Div options = new Div();
            options.addClassName("kmslab-class-screen-options");
            for (int i = 0; i < poll.question().optionTexts().size(); i++) {
                Div tile = new Div(new Span(PollResults.letter(i)), new Span(poll.question().optionTexts().get(i)));
                tile.addClassName("kmslab-class-screen-option");
                options.add(tile);
            }
            stage.add(options);
            return;
        }
        stem.addClassName("kmslab-class-screen-stem-small");
        Div answers = new Div(
                PollResults.bars(poll.question().optionTexts(), poll.tally(), poll.question().correctOptions()),
                PollResults.table(poll.question().optionTexts(), poll.tally(), poll.question().correctOptions()));
        Div results = new Div(answers);
        results.addClassName("kmslab-class-screen-results");
        stage.add(results);
        showLeaderboard(classroom, Optional.of(poll), results);
    }

    private void showLeaderboard(Classroom classroom, Optional<Classroom.InstructorPoll> poll, Div into) {
        var standings = board.leaderboard(classroom.code(), poll);
        if (!standings.isEmpty()) {
            into.add(Leaderboard.of(standings, LEADERS));
        }
    }
}
