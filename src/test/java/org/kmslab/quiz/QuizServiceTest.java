package org.kmslab.quiz;

import org.kmslab.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service on a real H2 database migrated by Flyway, as the application runs it. */
class QuizServiceTest {

    final QuestionBank bank = AttemptTest.bankOf(12);
    final ManualClock clock = new ManualClock(Instant.parse("2026-05-04T08:00:00Z"));
    JdbcDataSource dataSource;
    QuizService service;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:quiz-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        service = newService();
    }

    QuizService newService() {
        AtomicLong seeds = new AtomicLong(1);
        return new QuizService(bank, new JdbcQuizStore(JdbcClient.create(dataSource)), clock, seeds::getAndIncrement);
    }

    @Test
    void an_unfinished_attempt_resumes_where_it_stopped_after_a_restart() {
        Attempt attempt = service.start("me", Selection.exam(5));
        String second = attempt.questionIds().get(1);
        service.answer(attempt.id(), second, Set.of(0));
        service.toggleFlag(attempt.id(), second);
        service.moveTo(attempt.id(), 1);

        QuizService restarted = newService();
        Attempt resumed = restarted.resumable("me").orElseThrow();
        assertThat(resumed.id()).isEqualTo(attempt.id());
        assertThat(resumed.position()).isEqualTo(1);
        assertThat(resumed.answer(second)).containsExactly(0);
        assertThat(resumed.isFlagged(second)).isTrue();
        assertThat(resumed.optionOrder(second)).isEqualTo(attempt.optionOrder(second));
        assertThat(resumed.remaining(clock.instant())).contains(Duration.ofMinutes(10));
    }

    @Test
    void an_exam_past_its_deadline_is_submitted_when_next_touched() {
        Attempt attempt = service.start("me", Selection.exam(3));
        clock.advance(Duration.ofMinutes(7));
        assertThat(service.resumable("me")).isEmpty();
        assertThat(service.attempt(attempt.id()).isSubmitted()).isTrue();
        assertThat(service.history("me")).hasSize(1);
    }

    @Test
    void a_drill_is_labelled_with_the_topics_title() {
        QuizService titled = new QuizService(service.bank(), new JdbcQuizStore(JdbcClient.create(dataSource)), clock,
                () -> 7L, id -> "The lesson " + id.toUpperCase(java.util.Locale.ROOT));
        String topic = service.bank().questions().getFirst().topic();
        Attempt drill = titled.start("me", Selection.drill(null, null, topic, 1));
        assertThat(drill.label()).isEqualTo("Drill · topic The lesson " + topic.toUpperCase(java.util.Locale.ROOT)
                + " · 1 question");
        assertThat(Selection.drill(null, null, "key-rotation", 1).label(1, id -> "Key rotation"))
                .isEqualTo("Drill · topic Key rotation · 1 question");
    }

    @Test
    void a_missed_practice_question_joins_tomorrows_review_queue() {
        Attempt attempt = service.start("me", Selection.practice(2));
        String q = attempt.questionIds().getFirst();
        service.answer(attempt.id(), q, Set.of(3));
        Feedback feedback = service.check(attempt.id(), q);
        assertThat(feedback.correct()).isFalse();
        assertThat(service.dueToday("me")).isZero();
        QuizService.NextReview next = service.nextReview("me").orElseThrow();
        assertThat(next.inDays()).isEqualTo(1);
        assertThat(next.count()).isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        assertThat(service.dueToday("me")).isEqualTo(1);
        assertThat(service.nextReview("me")).as("nothing due after today").isEmpty();
        Attempt review = service.startDailyReview("me").orElseThrow();
        assertThat(review.mode()).isEqualTo(AttemptMode.SPACED);
        assertThat(review.questionIds()).containsExactly(q);

        service.answer(review.id(), q, Set.of(0));
        assertThat(service.check(review.id(), q).correct()).isTrue();
        assertThat(service.dueToday("me")).isZero();
    }

    @Test
    void exam_answers_feed_the_schedule_only_at_submission() {
        Attempt attempt = service.start("me", Selection.exam(3));
        service.answer(attempt.id(), attempt.questionIds().get(0), Set.of(0));
        assertThat(service.reviewCards("me")).isEmpty();
        Score score = service.submit(attempt.id());
        assertThat(score.correct()).isEqualTo(1);
        assertThat(service.reviewCards("me")).extracting(ReviewCard::questionId)
                .containsExactlyInAnyOrderElementsOf(attempt.questionIds().subList(1, 3));
    }

    @Test
    void a_review_holds_the_wrong_and_flagged_questions_of_an_attempt() {
        Attempt attempt = service.start("me", Selection.exam(4));
        List<String> ids = attempt.questionIds();
        ids.forEach(id -> service.answer(attempt.id(), id, Set.of(0)));
        service.answer(attempt.id(), ids.get(1), Set.of(2));
        service.toggleFlag(attempt.id(), ids.get(3));
        service.submit(attempt.id());

        Attempt review = service.startReview("me", attempt.id()).orElseThrow();
        assertThat(review.mode()).isEqualTo(AttemptMode.REVIEW);
        assertThat(review.questionIds()).containsExactly(ids.get(1), ids.get(3));
    }

    @Test
    void history_lists_submitted_attempts_oldest_first_with_their_scores() {
        Attempt first = service.start("me", Selection.exam(2));
        first.questionIds().forEach(id -> service.answer(first.id(), id, Set.of(0)));
        service.submit(first.id());
        clock.advance(Duration.ofHours(1));
        Attempt second = service.start("me", Selection.exam(2));
        service.submit(second.id());

        assertThat(service.history("me")).extracting(HistoryPoint::scaled).containsExactly(1000, 100);
        assertThat(service.history("someone-else")).isEmpty();
    }

    /** A service over one hands-on question, h1: enable key k. */
    private QuizService withHandsOnTask() {
        Question handsOn = new Question("h1", QuestionType.SINGLE, "Enable the key again, please, in your sandbox.",
                TestBank.single("x", 1, "alpha").options(), 1, "1.3", "alpha", Difficulty.EASY,
                List.of("https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html"),
                new Question.HandsOn("Enable the key.", null, List.of(), List.of(new Question.Directive("keyState",
                        java.util.Map.of("key", "k", "equals", "Enabled"))), List.of()));
        return new QuizService(new QuestionBank(List.of(handsOn), List.of("alpha")),
                new JdbcQuizStore(JdbcClient.create(dataSource)), clock, () -> 1L);
    }

    @Test
    void a_solved_hands_on_task_counts_as_a_correct_checked_answer() {
        QuizService withTask = withHandsOnTask();
        Attempt attempt = withTask.start("me", Selection.practice(1));
        HandsOnCheckerTest.FakeProbe probe = new HandsOnCheckerTest.FakeProbe();
        probe.keys.put("k", HandsOnCheckerTest.key("k-1", "Enabled"));
        // Without choosing the sandbox, a met goal does not answer the question.
        assertThat(withTask.checkHandsOn(attempt.id(), "h1", probe).passed()).isTrue();
        assertThat(withTask.attempt(attempt.id()).isChecked("h1")).isFalse();

        withTask.chooseSandbox(attempt.id(), "h1");
        assertThatThrownBy(() -> withTask.answer(attempt.id(), "h1", Set.of(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sandbox");
        probe.keys.put("k", HandsOnCheckerTest.key("k-1", "Disabled"));
        assertThat(withTask.checkHandsOn(attempt.id(), "h1", probe).passed()).isFalse();
        assertThat(withTask.attempt(attempt.id()).isChecked("h1")).isFalse();

        probe.keys.put("k", HandsOnCheckerTest.key("k-1", "Enabled"));
        assertThat(withTask.checkHandsOn(attempt.id(), "h1", probe).passed()).isTrue();
        Attempt after = withTask.attempt(attempt.id());
        assertThat(after.isChecked("h1")).isTrue();
        assertThat(withTask.feedback(attempt.id(), "h1").orElseThrow().correct()).isTrue();
        assertThat(withTask.feedback(attempt.id(), "h1").orElseThrow().inSandbox()).isTrue();
        // A resumed attempt still knows the question was answered in the sandbox.
        assertThat(withHandsOnTask().attempt(attempt.id()).isInSandbox("h1")).isTrue();
    }

    @Test
    void showing_the_solution_of_a_hands_on_task_counts_it_as_missed_and_schedules_a_review() {
        QuizService withTask = withHandsOnTask();
        Attempt attempt = withTask.start("me", Selection.practice(1));
        withTask.chooseSandbox(attempt.id(), "h1");

        Feedback missed = withTask.showSolution(attempt.id(), "h1");
        assertThat(missed.correct()).isFalse();
        assertThat(missed.inSandbox()).isTrue();
        assertThat(withTask.attempt(attempt.id()).isChecked("h1")).isTrue();

        // Solving it afterwards (the learner typed the solution) no longer changes the score.
        HandsOnCheckerTest.FakeProbe probe = new HandsOnCheckerTest.FakeProbe();
        probe.keys.put("k", HandsOnCheckerTest.key("k-1", "Enabled"));
        assertThat(withTask.checkHandsOn(attempt.id(), "h1", probe).passed()).isTrue();
        assertThat(withTask.feedback(attempt.id(), "h1").orElseThrow().correct()).isFalse();
        assertThat(withTask.showSolution(attempt.id(), "h1").correct()).isFalse();
    }

    @Test
    void a_hands_on_question_answered_from_its_options_cannot_then_move_to_the_sandbox() {
        QuizService withTask = withHandsOnTask();
        Attempt practice = withTask.start("me", Selection.practice(1));
        withTask.answer(practice.id(), "h1", Set.of(0));
        assertThatThrownBy(() -> withTask.chooseSandbox(practice.id(), "h1")).isInstanceOf(IllegalStateException.class);

        Attempt exam = withTask.start("me", Selection.exam(1));
        assertThatThrownBy(() -> withTask.chooseSandbox(exam.id(), "h1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void problem_reports_are_stored_for_instructors_and_can_be_resolved() {
        ProblemReport report = service.report("me", "q3", ProblemReport.Category.OUTDATED, "  The limit changed.  ");
        assertThat(report.id()).isPositive();
        assertThat(newService().reports(false)).singleElement().satisfies(r -> {
            assertThat(r.questionId()).isEqualTo("q3");
            assertThat(r.message()).isEqualTo("The limit changed.");
            assertThat(r.category()).isEqualTo(ProblemReport.Category.OUTDATED);
        });
        service.resolveReport(report.id());
        assertThat(service.reports(false)).isEmpty();
        assertThat(service.reports(true)).hasSize(1);
    }
}
