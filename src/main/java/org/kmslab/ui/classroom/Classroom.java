package org.kmslab.ui.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.Lesson;

/**
 * One live class: its join code, the learners, the lesson and step the instructor is on (the follow target) and the
 * current poll. The rules a class runs by live here, in plain Java: who counts as stuck, which errors are most common,
 * what a learner may see. Who may call what is checked one level up, in {@link ClassroomService}. Thread-safe.
 */
public final class Classroom {

    /** A learner who has not met the step's goal after this long, or after {@link #STUCK_ERRORS} failed calls, is stuck. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(4);
    static final int STUCK_ERRORS = 3;
    private static final int KEPT_EVENTS = 500;

    /** The lesson and step the instructor shows. */
    public record Target(String lessonId, int step) {}

    /** One row of the dashboard. */
    public record LearnerRow(String name, String lessonId, int step, boolean following, boolean stuck,
            int errorsOnStep, String lastError, boolean answered) {}

    /** An AWS error the class hit, with how many times. */
    public record CommonError(String operation, String errorCode, long count) {}

    private final String code;
    private final Clock clock;
    private final Function<String, Optional<Lesson>> lessons;
    private final Map<String, LearnerState> learners = new LinkedHashMap<>();
    private final Map<String, Long> errors = new LinkedHashMap<>();
    private Target target;
    private Poll poll;
    private boolean ended;

    Classroom(String code, Clock clock, Function<String, Optional<Lesson>> lessons) {
        this.code = code;
        this.clock = clock;
        this.lessons = lessons;
    }

    public String code() {
        return code;
    }

    void add(String token, String name) {
        add(token, name, clock.instant());
    }

    /** A learner joined at {@code at} (the time the joining instance wrote down). */
    synchronized void add(String token, String name, Instant at) {
        learners.put(token, new LearnerState(name, at));
    }

    synchronized boolean has(String token) {
        return learners.containsKey(token);
    }

    synchronized Optional<String> nameOf(String token) {
        return Optional.ofNullable(learners.get(token)).map(l -> l.name);
    }

    public synchronized Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    synchronized void moveTo(Target newTarget) {
        target = newTarget;
    }

    synchronized boolean isFollowing(String token) {
        LearnerState l = learners.get(token);
        return l != null && l.following;
    }

    synchronized void follow(String token, boolean following) {
        LearnerState l = learners.get(token);
        if (l != null) {
            l.following = following;
        }
    }

    /** The learner's lesson view shows a step: where they are now, for the dashboard. */
    void position(String token, String lessonId, int step) {
        position(token, lessonId, step, clock.instant());
    }

    /** As {@link #position(String, String, int)}, arrived at {@code at}. */
    synchronized void position(String token, String lessonId, int step, Instant at) {
        LearnerState l = learners.get(token);
        if (l != null && (!lessonId.equals(l.lessonId) || step != l.step)) {
            l.lessonId = lessonId;
            l.step = step;
            l.arrivedAt = at;
            l.errorsOnStep = 0;
        }
    }

    /** An engine event of the learner's own sandbox. */
    synchronized void record(String token, EngineEvent event) {
        LearnerState l = learners.get(token);
        if (l == null) {
            return;
        }
        l.events.add(event);
        if (l.events.size() > KEPT_EVENTS) {
            l.events.removeFirst();
        }
        if (event.errorCode() != null) {
            l.errorsOnStep++;
            l.lastError = event.eventName() + ": " + event.errorCode();
            errors.merge(event.eventName() + " " + event.errorCode(), 1L, Long::sum);
        }
    }

    synchronized void startPoll(PollQuestion question) {
        poll = new Poll(question);
    }

    synchronized Optional<Poll.Tally> revealPoll() {
        if (poll == null) {
            return Optional.empty();
        }
        poll.reveal();
        return Optional.of(poll.tally());
    }

    synchronized void closePoll() {
        poll = null;
    }

    synchronized boolean answer(String token, Set<Integer> options) {
        return poll != null && learners.containsKey(token) && poll.answer(token, options);
    }

    /** The instructor's view of the poll: the question with its answers, and the tally so far. */
    public synchronized Optional<InstructorPoll> instructorPoll() {
        return Optional.ofNullable(poll).map(p -> new InstructorPoll(p.question(), p.tally(), p.revealed()));
    }

    public record InstructorPoll(PollQuestion question, Poll.Tally tally, boolean revealed) {}

    synchronized Optional<Poll.LearnerPoll> pollFor(String token) {
        return poll == null || !learners.containsKey(token) ? Optional.empty() : Optional.of(poll.forLearner(token));
    }

    public synchronized List<LearnerRow> dashboard() {
        Instant now = clock.instant();
        return learners.entrySet().stream().map(e -> {
            LearnerState l = e.getValue();
            boolean answered = poll != null && poll.forLearner(e.getKey()).myAnswer().size() > 0;
            return new LearnerRow(l.name, l.lessonId, l.step, l.following, isStuck(l, now), l.errorsOnStep,
                    l.lastError, answered);
        }).toList();
    }

    /** The most common AWS errors the class hit, most frequent first. */
    public synchronized List<CommonError> commonErrors(int limit) {
        return errors.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(e -> {
                    String[] parts = e.getKey().split(" ", 2);
                    return new CommonError(parts[0], parts[1], e.getValue());
                }).collect(Collectors.toList());
    }

    public synchronized int size() {
        return learners.size();
    }

    synchronized void end() {
        ended = true;
        poll = null;
    }

    public synchronized boolean ended() {
        return ended;
    }

    private boolean isStuck(LearnerState l, Instant now) {
        if (l.lessonId == null) {
            return false;
        }
        Optional<Lesson.Step> step = lessons.apply(l.lessonId)
                .filter(lesson -> l.step >= 0 && l.step < lesson.steps().size())
                .map(lesson -> lesson.steps().get(l.step));
        if (step.isEmpty() || !step.get().hasGoal()
                || org.kmslab.lessons.GoalChecker.isMet(step.get().goal(), l.events)) {
            return false;
        }
        return l.errorsOnStep >= STUCK_ERRORS || !now.isBefore(l.arrivedAt.plus(STUCK_AFTER));
    }

    private static final class LearnerState {
        final String name;
        final java.util.ArrayList<EngineEvent> events = new java.util.ArrayList<>();
        String lessonId;
        int step;
        Instant arrivedAt;
        boolean following = true;
        int errorsOnStep;
        String lastError;

        LearnerState(String name, Instant joinedAt) {
            this.name = name;
            this.arrivedAt = joinedAt;
        }
    }
}
