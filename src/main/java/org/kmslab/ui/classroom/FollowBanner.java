package org.kmslab.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.kmslab.sandbox.Sandbox;
import org.springframework.context.annotation.Scope;

/**
 * A learner's link to the live class, shown at the top of a lesson: says whether they follow the instructor, lets
 * them unfollow to explore and rejoin, moves their lesson view to the instructor's lesson and step (server push), and
 * opens the live poll. Invisible for anyone who has not joined a class.
 *
 * <p>The lesson view gives it two hooks: {@link #bind} (how to show a given step) and {@link #stepShown} (where the
 * learner is, for the dashboard). Its sandbox, {@link #learnerSandbox()}, is the learner's own.
 */
@SpringComponent
@Scope("prototype")
public class FollowBanner extends Div {

    private final ClassroomService classes;
    private final PollBoard board;
    private final LearnerTicket ticket;
    private final Span status = new Span();
    private final Button toggle = new Button();
    private final Button openPoll = new Button("Answer the poll");
    private final PollDialog pollDialog;
    private String lessonId;
    private IntConsumer goToStep;
    private Registration subscription;

    FollowBanner(ClassroomService classes, PollBoard board) {
        this.classes = classes;
        this.board = board;
        this.ticket = ClassSessions.learner(VaadinSession.getCurrent()).filter(classes::inClass).orElse(null);
        this.pollDialog = new PollDialog(answer -> board.answer(ticket, answer));
        addClassName("kmslab-follow-banner");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Live class");
        status.getElement().setAttribute("role", "status");
        toggle.addClickListener(e -> toggleFollow());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        openPoll.addClickListener(e -> classes.poll(ticket).ifPresent(this::openDialog));
        openPoll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(status, toggle, openPoll);
        setVisible(ticket != null);
    }

    /** The learner's own sandbox while they are in a class. */
    public Optional<Sandbox> learnerSandbox() {
        return ticket == null ? Optional.empty() : classes.sandbox(ticket);
    }

    /**
     * The lesson view shows {@code lesson}; {@code goToStep} moves it to a step. When the learner follows the
     * instructor into this lesson, the view jumps to the instructor's step at once.
     */
    public void bind(String lesson, IntConsumer goToStep) {
        this.lessonId = lesson;
        this.goToStep = goToStep;
        if (ticket != null && classes.isFollowing(ticket)) {
            classes.target(ticket).filter(t -> t.lessonId().equals(lesson)).ifPresent(t -> goToStep.accept(t.step()));
        }
    }

    /** The lesson the instructor is on, when this learner follows them and they have opened one. */
    public Optional<String> followedLesson() {
        return ticket == null || !classes.isFollowing(ticket) ? Optional.empty()
                : classes.target(ticket).map(Classroom.Target::lessonId);
    }

    /** The lesson view now shows this step: reported to the instructor's dashboard. */
    public void stepShown(String lesson, int step) {
        this.lessonId = lesson;
        if (ticket != null) {
            classes.position(ticket, lesson, step);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (ticket == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        subscription = classes.subscribe(change -> {
            if (change != ClassroomService.Change.ROSTER) {
                ui.access(() -> onChange(change));
            }
        });
        refresh();
        classes.poll(ticket).filter(p -> !p.revealed() && p.myAnswer().isEmpty()).ifPresent(this::openDialog);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void onChange(ClassroomService.Change change) {
        if (!classes.inClass(ticket)) {
            status.setText("The class has ended. Thank you for taking part! Your lessons go on in your own sandbox.");
            toggle.setVisible(false);
            openPoll.setVisible(false);
            pollDialog.close();
            return;
        }
        switch (change) {
            case TARGET -> {
                if (classes.isFollowing(ticket)) {
                    followNow();
                }
            }
            case POLL -> showPoll();
            default -> { }
        }
        refresh();
    }

    private void showPoll() {
        Optional<Poll.LearnerPoll> poll = classes.poll(ticket);
        if (poll.isEmpty()) {
            pollDialog.close();
            return;
        }
        Poll.LearnerPoll p = poll.get();
        boolean newQuestion = !p.questionId().equals(pollDialog.questionId());
        boolean newlyRevealed = p.revealed() && !pollDialog.showsReveal();
        if (newQuestion || newlyRevealed) {
            openDialog(p);
        }
    }

    private void openDialog(Poll.LearnerPoll poll) {
        pollDialog.show(poll, poll.revealed() ? Optional.empty()
                : board.countdown(ticket.code(), poll.questionId()).flatMap(PollBoard.Countdown::deadline));
    }

    private void toggleFollow() {
        boolean follow = !classes.isFollowing(ticket);
        classes.follow(ticket, follow);
        if (follow) {
            followNow();
        }
        refresh();
    }

    /** Moves this learner's view to the instructor's lesson and step. */
    private void followNow() {
        classes.target(ticket).ifPresent(target -> {
            if (target.lessonId().equals(lessonId) && goToStep != null) {
                goToStep.accept(target.step());
            } else {
                getUI().ifPresent(ui -> ui.navigate("lessons/" + target.lessonId()));
            }
        });
    }

    private void refresh() {
        String name = classes.name(ticket).orElse("");
        boolean following = classes.isFollowing(ticket);
        String where = classes.target(ticket).map(t -> " The instructor is on step " + (t.step() + 1) + ".").orElse("");
        status.setText("Class " + ticket.code() + " · " + name + " · "
                + (following ? "Following the instructor." + where : "Exploring on your own." + where));
        toggle.setText(following ? "Unfollow" : "Rejoin the instructor");
        Optional<Poll.LearnerPoll> poll = classes.poll(ticket);
        openPoll.setVisible(poll.isPresent());
        openPoll.setText(poll.map(Poll.LearnerPoll::revealed).orElse(false) ? "See the poll's answer"
                : poll.map(p -> !p.myAnswer().isEmpty()).orElse(false) ? "Change your poll answer" : "Answer the poll");
    }
}
