package org.kmslab.ui.classroom;

import com.vaadin.flow.shared.Registration;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.quiz.QuestionBank;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Runs the live class: one at a time, started by the instructor. Every instructor action takes the instructor secret
 * and checks it here, on the server, so a learner's browser cannot steer the class whatever it sends; every learner
 * action takes the learner's {@link LearnerTicket} and reaches only that learner's own state and sandbox.
 * Listeners hear what changed, and then read what they may see.
 */
@Service
public class ClassroomService {

    /** What changed in the class. */
    public enum Change { STARTED, TARGET, POLL, ROSTER, ENDED }

    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    static final int MAX_NAME = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InstructorSecret secret;
    private final SandboxService sandboxes;
    private final LessonCatalog catalog;
    private final PollQuestions questions;
    private final Clock clock;
    private final Map<String, Seat> seats = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile Classroom current;

    @Autowired
    ClassroomService(InstructorSecret secret, SandboxService sandboxes, LessonCatalog catalog, QuestionBank bank) {
        this(secret, sandboxes, catalog, PollQuestions.from(bank), Clock.systemUTC());
    }

    ClassroomService(InstructorSecret secret, SandboxService sandboxes, LessonCatalog catalog, PollQuestions questions,
                     Clock clock) {
        this.secret = secret;
        this.sandboxes = sandboxes;
        this.catalog = catalog;
        this.questions = questions;
        this.clock = clock;
    }

    /** A learner's place in a class: the sandbox made for them and the listener that feeds the dashboard. */
    private record Seat(Classroom classroom, Sandbox sandbox, Consumer<EngineEvent> listener) {}

    // ---- instructor -------------------------------------------------------------------------------------------

    public boolean isInstructor(String candidate) {
        return secret.matches(candidate);
    }

    /** Starts a new class (ending the one running, if any) and returns it. */
    public Classroom start(String instructorSecret) {
        check(instructorSecret);
        endCurrent();
        Classroom classroom = new Classroom(newCode(), clock, catalog::find);
        current = classroom;
        fire(Change.STARTED);
        return classroom;
    }

    public Optional<Classroom> current(String instructorSecret) {
        check(instructorSecret);
        return Optional.ofNullable(current);
    }

    public void moveTo(String instructorSecret, String lessonId, int step) {
        Classroom classroom = running(instructorSecret);
        var lesson = catalog.find(lessonId).orElseThrow(() -> new IllegalArgumentException("No lesson " + lessonId));
        if (step < 0 || step >= lesson.steps().size()) {
            throw new IllegalArgumentException("No step " + step + " in " + lessonId);
        }
        if (!classroom.target().equals(Optional.of(new Classroom.Target(lessonId, step)))) {
            classroom.moveTo(new Classroom.Target(lessonId, step));
            fire(Change.TARGET);
        }
    }

    /** Every question that can be pushed, with its answers: the instructor's eyes only. */
    public PollQuestions questions(String instructorSecret) {
        check(instructorSecret);
        return questions;
    }

    public void pushPoll(String instructorSecret, String questionId) {
        Classroom classroom = running(instructorSecret);
        classroom.startPoll(questions.find(questionId)
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId)));
        fire(Change.POLL);
    }

    public void reveal(String instructorSecret) {
        running(instructorSecret).revealPoll();
        fire(Change.POLL);
    }

    public void closePoll(String instructorSecret) {
        running(instructorSecret).closePoll();
        fire(Change.POLL);
    }

    public Optional<Classroom.InstructorPoll> poll(String instructorSecret) {
        return running(instructorSecret).instructorPoll();
    }

    public List<Classroom.LearnerRow> dashboard(String instructorSecret) {
        return running(instructorSecret).dashboard();
    }

    public List<Classroom.CommonError> commonErrors(String instructorSecret) {
        return running(instructorSecret).commonErrors(5);
    }

    public void end(String instructorSecret) {
        check(instructorSecret);
        endCurrent();
        fire(Change.ENDED);
    }

    // ---- learners ---------------------------------------------------------------------------------------------

    /** Joins the running class with its code; the learner gets a fresh sandbox of their own. */
    public LearnerTicket join(String code, String displayName) {
        Classroom classroom = current;
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (classroom == null || classroom.ended() || !classroom.code().equals(normalized)) {
            throw new IllegalArgumentException("There is no class with that code. Check the code on the screen.");
        }
        String name = cleanName(displayName);
        String token = HexFormat.of().formatHex(randomBytes(16));
        Sandbox sandbox = sandboxes.create();
        Consumer<EngineEvent> listener = event -> {
            classroom.record(token, event);
            fire(Change.ROSTER);
        };
        classroom.add(token, name);
        sandbox.addListener(listener);
        seats.put(token, new Seat(classroom, sandbox, listener));
        fire(Change.ROSTER);
        return new LearnerTicket(classroom.code(), token);
    }

    /** The learner's seat, if the ticket belongs to the class that is running now. */
    private Optional<Seat> seat(LearnerTicket ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        Seat seat = seats.get(ticket.token());
        return seat == null || seat.classroom() != current || seat.classroom().ended() ? Optional.empty()
                : Optional.of(seat);
    }

    public boolean inClass(LearnerTicket ticket) {
        return seat(ticket).isPresent();
    }

    public Optional<Sandbox> sandbox(LearnerTicket ticket) {
        return seat(ticket).map(Seat::sandbox);
    }

    public Optional<String> name(LearnerTicket ticket) {
        return seat(ticket).flatMap(s -> s.classroom().nameOf(ticket.token()));
    }

    /** Where the instructor is, for a learner's follow mode. */
    public Optional<Classroom.Target> target(LearnerTicket ticket) {
        return seat(ticket).flatMap(s -> s.classroom().target());
    }

    public boolean isFollowing(LearnerTicket ticket) {
        return seat(ticket).map(s -> s.classroom().isFollowing(ticket.token())).orElse(false);
    }

    public void follow(LearnerTicket ticket, boolean following) {
        seat(ticket).ifPresent(s -> {
            s.classroom().follow(ticket.token(), following);
            fire(Change.ROSTER);
        });
    }

    public void position(LearnerTicket ticket, String lessonId, int step) {
        seat(ticket).ifPresent(s -> {
            s.classroom().position(ticket.token(), lessonId, step);
            fire(Change.ROSTER);
        });
    }

    /** The current poll as this learner may see it: no answer and no tally before the reveal. */
    public Optional<Poll.LearnerPoll> poll(LearnerTicket ticket) {
        return seat(ticket).flatMap(s -> s.classroom().pollFor(ticket.token()));
    }

    public boolean answer(LearnerTicket ticket, Set<Integer> options) {
        boolean accepted = seat(ticket).map(s -> s.classroom().answer(ticket.token(), options)).orElse(false);
        if (accepted) {
            fire(Change.POLL);
        }
        return accepted;
    }

    // ---- listeners --------------------------------------------------------------------------------------------

    public Registration subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire(Change change) {
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException ignored) {
                // One closed window must not keep the others from hearing.
            }
        }
    }

    private void check(String instructorSecret) {
        if (!secret.matches(instructorSecret)) {
            throw new NotInstructorException();
        }
    }

    private Classroom running(String instructorSecret) {
        check(instructorSecret);
        Classroom classroom = current;
        if (classroom == null) {
            throw new IllegalStateException("Start a class first.");
        }
        return classroom;
    }

    private void endCurrent() {
        Classroom old = current;
        current = null;
        if (old != null) {
            old.end();
            seats.entrySet().removeIf(e -> {
                if (e.getValue().classroom() == old) {
                    e.getValue().sandbox().removeListener(e.getValue().listener());
                    return true;
                }
                return false;
            });
        }
    }

    static String cleanName(String displayName) {
        String name = displayName == null ? "" : displayName.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Choose a display name.");
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String newCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
