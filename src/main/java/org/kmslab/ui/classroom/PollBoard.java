package org.kmslab.ui.classroom;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The game layer of a live poll, kept beside the class model: the poll's time limit (when it runs out, the answer is
 * revealed as if the instructor had pressed the button), when each learner last answered, and the points of a round,
 * Kahoot style: a right answer scores 1000 at once and falls to 500 at the last second; a wrong one scores nothing.
 * Without a time limit a right answer scores 1000. The leaderboard adds the rounds of the running class.
 *
 * <p>State lives in this server's memory: with several instances behind a balancer, the countdown and the points are
 * those of the instance that pushed the poll.
 */
@Service
public class PollBoard {

    /** The countdown of the running poll: {@code deadline} is empty when the poll has no time limit. */
    public record Countdown(String questionId, Instant started, Optional<Instant> deadline) {}

    /** One line of the leaderboard: a learner's display name, their points and how many polls they got right. */
    public record Standing(String name, int points, int right) {}

    private record Answer(String name, Set<Integer> options, Instant at) {}

    private static final class Round {
        final Countdown countdown;
        final Map<String, Answer> answers = new LinkedHashMap<>();
        ScheduledFuture<?> timeUp;
        boolean scored;

        Round(Countdown countdown) {
            this.countdown = countdown;
        }
    }

    private final ClassroomService classes;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kmslab-poll-timer");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Round> rounds = new HashMap<>();
    private final Map<String, Map<String, Standing>> standings = new HashMap<>();

    @Autowired
    public PollBoard(ClassroomService classes) {
        this(classes, Clock.systemUTC());
    }

    PollBoard(ClassroomService classes, Clock clock) {
        this.classes = classes;
        this.clock = clock;
    }

    /** Pushes a question to the class with a time limit ({@link Duration#ZERO} for none). */
    public void push(String instructorSecret, String questionId, Duration limit) {
        String code = classes.current(instructorSecret).orElseThrow().code();
        Instant now = clock.instant();
        Countdown countdown = new Countdown(questionId, now,
                limit.isZero() ? Optional.empty() : Optional.of(now.plus(limit)));
        Round round = new Round(countdown);
        // The round is in place before the poll reaches the class: a learner's screen that draws the new poll at once
        // finds its countdown (pushed first, the learner's poll showed no timer).
        synchronized (this) {
            Round before = rounds.put(code, round);
            if (before != null && before.timeUp != null) {
                before.timeUp.cancel(false);
            }
        }
        try {
            classes.pushPoll(instructorSecret, questionId);
        } catch (RuntimeException refused) {
            synchronized (this) {
                rounds.remove(code, round);
            }
            throw refused;
        }
        if (!limit.isZero()) {
            synchronized (this) {
                round.timeUp = timer.schedule(() -> timeUp(instructorSecret, code, round), limit.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    private void timeUp(String instructorSecret, String code, Round round) {
        synchronized (this) {
            if (rounds.get(code) != round) {
                return;
            }
        }
        classes.poll(instructorSecret)
                .filter(p -> p.question().id().equals(round.countdown.questionId()) && !p.revealed())
                .ifPresent(p -> classes.reveal(instructorSecret));
    }

    /** The learner's answer, sent through the class; its time counts for the points. False when it was refused. */
    public boolean answer(LearnerTicket ticket, Set<Integer> options) {
        Optional<String> questionId = classes.poll(ticket).map(Poll.LearnerPoll::questionId);
        if (!classes.answer(ticket, options)) {
            return false;
        }
        synchronized (this) {
            Round round = rounds.get(ticket.code());
            if (round != null && questionId.filter(round.countdown.questionId()::equals).isPresent()) {
                round.answers.put(ticket.token(), new Answer(classes.name(ticket).orElse(""), Set.copyOf(options),
                        clock.instant()));
            }
        }
        return true;
    }

    /** The countdown of the class's running poll, if it was pushed here. */
    public synchronized Optional<Countdown> countdown(String code, String questionId) {
        return Optional.ofNullable(rounds.get(code)).map(r -> r.countdown)
                .filter(c -> c.questionId().equals(questionId));
    }

    /**
     * The class's leaderboard, best first: the running poll's points count once it is revealed. {@code poll} is the
     * instructor's view of the running poll, if any.
     */
    public synchronized List<Standing> leaderboard(String code, Optional<Classroom.InstructorPoll> poll) {
        Round round = rounds.get(code);
        if (round != null && !round.scored && poll.filter(Classroom.InstructorPoll::revealed)
                .filter(p -> p.question().id().equals(round.countdown.questionId())).isPresent()) {
            round.scored = true;
            Map<String, Standing> table = standings.computeIfAbsent(code, c -> new LinkedHashMap<>());
            Set<Integer> correct = poll.get().question().correctOptions();
            round.answers.forEach((token, answer) -> {
                int points = answer.options().equals(correct) ? points(round.countdown, answer.at()) : 0;
                Standing before = table.getOrDefault(token, new Standing(answer.name(), 0, 0));
                table.put(token, new Standing(answer.name(), before.points() + points,
                        before.right() + (points > 0 ? 1 : 0)));
            });
        }
        return standings.getOrDefault(code, Map.of()).values().stream()
                .sorted(Comparator.comparingInt(Standing::points).reversed().thenComparing(Standing::name))
                .toList();
    }

    /** 1000 for an instant right answer, falling linearly to 500 at the deadline; 1000 when there is no limit. */
    static int points(Countdown countdown, Instant answeredAt) {
        if (countdown.deadline().isEmpty()) {
            return 1000;
        }
        double limit = Duration.between(countdown.started(), countdown.deadline().get()).toMillis();
        double taken = Math.clamp(Duration.between(countdown.started(), answeredAt).toMillis(), 0, limit);
        return (int) Math.round(1000 - 500 * taken / limit);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
