package org.kmslab.ui.classroom;

import com.vaadin.flow.shared.Registration;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.quiz.QuestionBank;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Runs the live class: one at a time, started by the instructor. Every instructor action takes the instructor secret
 * and checks it here, on the server, so a learner's browser cannot steer the class whatever it sends; every learner
 * action takes the learner's {@link LearnerTicket} and reaches only that learner's own state and sandbox.
 * Listeners hear what changed, and then read what they may see.
 *
 * <p>The class itself is a {@link ClassReplica} changed only through a {@link ClassJournal}: on one instance the
 * journal applies each change at once; in cluster mode it goes through the shared class log, so the instructor and
 * the learners may sit on different instances, and the class survives the loss of any of them.
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
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final ClassReplica replica;
    private final ClassJournal journal;

    @Autowired
    ClassroomService(InstructorSecret secret, SandboxService sandboxes, LessonCatalog catalog, QuestionBank bank,
                     ObjectProvider<ClusterClassLog> sharedLog) {
        this(secret, sandboxes, catalog, PollQuestions.from(bank), Clock.systemUTC(), sharedLog.getIfAvailable());
    }

    ClassroomService(InstructorSecret secret, SandboxService sandboxes, LessonCatalog catalog, PollQuestions questions,
                     Clock clock) {
        this(secret, sandboxes, catalog, questions, clock, null);
    }

    /** @param sharedLog the cluster's class log, or null: the class then lives on this instance only */
    private ClassroomService(InstructorSecret secret, SandboxService sandboxes, LessonCatalog catalog,
                             PollQuestions questions, Clock clock, ClusterClassLog sharedLog) {
        this.secret = secret;
        this.sandboxes = sandboxes;
        this.catalog = catalog;
        this.questions = questions;
        this.clock = clock;
        this.replica = new ClassReplica(clock, catalog, questions, this::fire);
        this.journal = sharedLog == null ? ClassJournal.local(replica) : new ClassJournal.Shared(sharedLog, replica);
        sandboxes.addEventListener(this::learnerCall);
    }

    // ---- instructor -------------------------------------------------------------------------------------------

    public boolean isInstructor(String candidate) {
        return secret.matches(candidate);
    }

    /** Starts a new class (ending the one running, if any) and returns it. */
    public Classroom start(String instructorSecret) {
        check(instructorSecret);
        journal.submit(ClassEntry.start(newCode(), clock.instant()));
        return replica.current();
    }

    public Optional<Classroom> current(String instructorSecret) {
        check(instructorSecret);
        return Optional.ofNullable(replica.current());
    }

    public void moveTo(String instructorSecret, String lessonId, int step) {
        Classroom classroom = running(instructorSecret);
        var lesson = catalog.find(lessonId).orElseThrow(() -> new IllegalArgumentException("No lesson " + lessonId));
        if (step < 0 || step >= lesson.steps().size()) {
            throw new IllegalArgumentException("No step " + step + " in " + lessonId);
        }
        if (!classroom.target().equals(Optional.of(new Classroom.Target(lessonId, step)))) {
            journal.submit(ClassEntry.move(lessonId, step));
        }
    }

    /** Every question that can be pushed, with its answers: the instructor's eyes only. */
    public PollQuestions questions(String instructorSecret) {
        check(instructorSecret);
        return questions;
    }

    public void pushPoll(String instructorSecret, String questionId) {
        running(instructorSecret);
        questions.find(questionId).orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
        journal.submit(ClassEntry.poll(questionId));
    }

    public void reveal(String instructorSecret) {
        running(instructorSecret);
        journal.submit(ClassEntry.plain("reveal"));
    }

    public void closePoll(String instructorSecret) {
        running(instructorSecret);
        journal.submit(ClassEntry.plain("close"));
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
        journal.submit(ClassEntry.plain("end"));
    }

    // ---- learners ---------------------------------------------------------------------------------------------

    /** Joins the running class with its code; the learner gets a fresh sandbox of their own. */
    public LearnerTicket join(String code, String displayName) {
        Classroom classroom = replica.current();
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (classroom == null || classroom.ended() || !classroom.code().equals(normalized)) {
            throw new IllegalArgumentException("There is no class with that code. Check the code on the screen.");
        }
        String name = cleanName(displayName);
        String token = HexFormat.of().formatHex(randomBytes(16));
        Sandbox sandbox = sandboxes.create();
        if (!Boolean.TRUE.equals(journal.submit(ClassEntry.join(normalized, token, name, sandbox.accountId(),
                clock.instant())))) {
            throw new IllegalArgumentException("There is no class with that code. Check the code on the screen.");
        }
        return new LearnerTicket(normalized, token);
    }

    /** The learner's sandbox account, if the ticket belongs to the class that is running now. */
    private Optional<String> seat(LearnerTicket ticket) {
        Classroom classroom = replica.current();
        if (ticket == null || classroom == null || !classroom.code().equals(ticket.code())) {
            return Optional.empty();
        }
        return replica.accountOf(ticket.token());
    }

    public boolean inClass(LearnerTicket ticket) {
        return seat(ticket).isPresent();
    }

    public Optional<Sandbox> sandbox(LearnerTicket ticket) {
        return seat(ticket).flatMap(sandboxes::find);
    }

    public Optional<String> name(LearnerTicket ticket) {
        return seat(ticket).flatMap(s -> replica.current().nameOf(ticket.token()));
    }

    /** Where the instructor is, for a learner's follow mode. */
    public Optional<Classroom.Target> target(LearnerTicket ticket) {
        return seat(ticket).flatMap(s -> replica.current().target());
    }

    public boolean isFollowing(LearnerTicket ticket) {
        return seat(ticket).map(s -> replica.current().isFollowing(ticket.token())).orElse(false);
    }

    public void follow(LearnerTicket ticket, boolean following) {
        if (seat(ticket).isPresent()) {
            journal.submit(ClassEntry.follow(ticket.token(), following));
        }
    }

    public void position(LearnerTicket ticket, String lessonId, int step) {
        if (seat(ticket).isPresent()) {
            journal.submit(ClassEntry.position(ticket.token(), lessonId, step, clock.instant()));
        }
    }

    /** The current poll as this learner may see it: no answer and no tally before the reveal. */
    public Optional<Poll.LearnerPoll> poll(LearnerTicket ticket) {
        return seat(ticket).flatMap(s -> replica.current().pollFor(ticket.token()));
    }

    public boolean answer(LearnerTicket ticket, Set<Integer> options) {
        return seat(ticket).isPresent()
                && Boolean.TRUE.equals(journal.submit(ClassEntry.answer(ticket.token(), options)));
    }

    /** An engine event of a learner's own sandbox, for the dashboard (in cluster mode: heard by its owner only). */
    private void learnerCall(EngineEvent event) {
        replica.tokenOf(event.accountId()).ifPresent(token -> journal.submit(ClassEntry.event(token, event)));
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
        Classroom classroom = replica.current();
        if (classroom == null) {
            throw new IllegalStateException("Start a class first.");
        }
        return classroom;
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
