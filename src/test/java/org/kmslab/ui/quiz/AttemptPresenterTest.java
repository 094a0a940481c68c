package org.kmslab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.quiz.Difficulty;
import org.kmslab.quiz.HandsOnChecker;
import org.kmslab.quiz.HandsOnCheckerTest;
import org.kmslab.quiz.JdbcQuizStore;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.QuestionBank;
import org.kmslab.quiz.QuestionType;
import org.kmslab.quiz.QuizService;
import org.kmslab.quiz.Selection;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The attempt screen's state without a browser. */
class AttemptPresenterTest {

    QuizService service;

    @BeforeEach
    void service() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:presenter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        List<Question> questions = List.of(question("s1", QuestionType.SINGLE, 0), question("m1", QuestionType.MULTIPLE, 0, 2),
                question("s2", QuestionType.SINGLE, 3));
        AtomicLong seeds = new AtomicLong(5);
        service = new QuizService(new QuestionBank(questions, List.of("key-states")),
                new JdbcQuizStore(JdbcClient.create(dataSource)),
                Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC), seeds::getAndIncrement);
    }

    @Test
    void options_are_lettered_in_shuffled_order_and_selection_is_kept_in_bank_indexes() {
        AttemptPresenter p = new AttemptPresenter(service, service.start("me", Selection.practice(3)).id());
        List<AttemptPresenter.ShownOption> shown = p.options();
        assertThat(shown).extracting(AttemptPresenter.ShownOption::letter).startsWith("A", "B", "C", "D");
        assertThat(shown).extracting(AttemptPresenter.ShownOption::fileIndex)
                .containsExactlyElementsOf(p.attempt().optionOrder(p.question().id()));

        int chosen = shown.get(1).fileIndex();
        p.select(Set.of(chosen));
        assertThat(new AttemptPresenter(service, p.attempt().id()).selected()).containsExactly(chosen);
    }

    @Test
    void checking_reveals_feedback_and_locks_the_question() {
        AttemptPresenter p = new AttemptPresenter(service, service.start("me", Selection.practice(3)).id());
        assertThat(p.canCheck()).isFalse();
        p.select(p.question().correctOptions());
        assertThat(p.canCheck()).isTrue();
        assertThat(p.check().correct()).isTrue();
        assertThat(p.isRevealed()).isTrue();
        assertThat(p.canCheck()).isFalse();
        assertThat(p.feedback()).isPresent();
        assertThat(p.navigator().getFirst().correct()).isTrue();
    }

    @Test
    void the_exam_navigator_shows_answered_flagged_and_current_but_never_correctness() {
        AttemptPresenter p = new AttemptPresenter(service, service.start("me", Selection.exam(3)).id());
        p.select(Set.of(0));
        p.toggleFlag();
        p.next();
        List<AttemptPresenter.NavItem> nav = p.navigator();
        assertThat(nav.get(0).accessibleName()).isEqualTo("Question 1, answered, flagged");
        assertThat(nav.get(1).current()).isTrue();
        assertThat(nav.get(2).accessibleName()).isEqualTo("Question 3, not answered");
        assertThat(nav).allMatch(n -> n.correct() == null);
        assertThat(p.positionText()).isEqualTo("Question 2 of 3");
        assertThat(p.submitWarning()).contains("2 questions are not answered and 1 question is flagged for review.");
    }

    @Test
    void the_exam_has_its_time_limit_and_the_clock_text_reads_like_a_timer() {
        AttemptPresenter p = new AttemptPresenter(service, service.start("me", Selection.exam(3)).id());
        assertThat(p.remaining()).contains(Duration.ofMinutes(6));
        assertThat(AttemptPresenter.clock(Duration.ofMinutes(6))).isEqualTo("6:00");
        assertThat(AttemptPresenter.clock(Duration.ofSeconds(3 * 3600 + 62))).isEqualTo("3:01:02");
        assertThat(AttemptPresenter.clock(Duration.ofSeconds(-5))).isEqualTo("0:00");
    }

    @Test
    void a_multiple_response_question_says_how_many_to_choose() {
        AttemptPresenter p = new AttemptPresenter(service, service.start("me", Selection.of(
                org.kmslab.quiz.AttemptMode.REVIEW, List.of("m1"))).id());
        assertThat(p.chooseText()).isEqualTo("Choose two.");
        assertThat(p.submitWarning()).contains("1 question is not answered.");
    }

    @Test
    void the_history_chart_draws_a_point_per_attempt_and_the_pass_line() {
        var first = service.start("me", Selection.exam(3));
        service.submit(first.id());
        var second = service.start("me", Selection.exam(3));
        second.questionIds().forEach(id -> service.answer(second.id(), id, service.bank().get(id).correctOptions()));
        service.submit(second.id());

        String svg = HistoryChart.svg(service.history("me"));
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("pass 720").contains("<polyline")
                .contains("Attempt 1: 100").contains("Attempt 2: 1000");
        assertThat(svg.split("<circle", -1)).hasSize(3);
        assertThat(HistoryChart.y(1000)).isLessThan(HistoryChart.y(720)).isLessThan(HistoryChart.y(100));
    }

    /** A service over one hands-on question (enable key k) and one plain question. */
    QuizService withHandsOn() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:presenter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        Question plain = question("h1", QuestionType.SINGLE, 2);
        Question handsOn = new Question("h1", plain.type(), plain.stem(), plain.options(), 1, "1.3", "key-states",
                Difficulty.EASY, plain.references(), new Question.HandsOn("Enable the key k again, please.", null,
                        List.of(), List.of(new Question.Directive("keyState", Map.of("key", "k", "equals", "Enabled"))),
                        List.of(new Question.SolutionStep("aws kms enable-key --key-id ${k}", Map.of()))));
        return new QuizService(new QuestionBank(List.of(handsOn), List.of("key-states")),
                new JdbcQuizStore(JdbcClient.create(dataSource)),
                Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC), () -> 7L);
    }

    /** A sandbox with one key, k, in the given state. */
    static HandsOnCheckerTest.FakeProbe probe(String state) {
        HandsOnCheckerTest.FakeProbe probe = new HandsOnCheckerTest.FakeProbe();
        probe.keys.put("k", HandsOnCheckerTest.key("k-1", state));
        return probe;
    }

    @Test
    void a_hands_on_question_first_asks_how_to_answer_and_the_sandbox_hides_the_options() {
        QuizService hands = withHandsOn();
        AttemptPresenter p = new AttemptPresenter(hands, hands.start("me", Selection.practice(1)).id());
        assertThat(p.stage()).isEqualTo(AttemptPresenter.Stage.CHOOSE);
        assertThat(p.showsOptions()).isFalse();
        assertThat(p.canCheck()).isFalse();

        p.chooseSandbox();
        assertThat(p.stage()).isEqualTo(AttemptPresenter.Stage.SANDBOX);
        assertThat(p.showsOptions()).isFalse();
        // Reopening the attempt (a reload) keeps the choice: the options do not come back.
        assertThat(new AttemptPresenter(hands, p.attempt().id()).stage()).isEqualTo(AttemptPresenter.Stage.SANDBOX);

        assertThat(p.checkHandsOn(probe("Disabled")).passed()).isFalse();
        assertThat(p.stage()).isEqualTo(AttemptPresenter.Stage.SANDBOX);
        assertThat(p.checkHandsOn(probe("Enabled")).passed()).isTrue();
        assertThat(p.stage()).isEqualTo(AttemptPresenter.Stage.REVEALED);
        assertThat(p.showsOptions()).isTrue();
        assertThat(p.feedback().orElseThrow().correct()).isTrue();
        assertThat(p.feedback().orElseThrow().inSandbox()).isTrue();
        assertThat(p.navigator().getFirst().correct()).isTrue();
    }

    @Test
    void showing_the_solution_ends_a_sandbox_question_as_missed() {
        QuizService hands = withHandsOn();
        AttemptPresenter p = new AttemptPresenter(hands, hands.start("me", Selection.practice(1)).id());
        p.chooseSandbox();
        p.checkHandsOn(probe("Disabled"));
        assertThat(p.showSolution().correct()).isFalse();
        assertThat(p.stage()).isEqualTo(AttemptPresenter.Stage.REVEALED);
        assertThat(p.navigator().getFirst().correct()).isFalse();
        assertThat(p.checkHandsOn(probe("Enabled")).passed()).isTrue();
        assertThat(p.feedback().orElseThrow().correct()).as("solving after the solution does not count").isFalse();
    }

    @Test
    void answering_a_hands_on_question_from_its_options_is_a_normal_question() {
        QuizService hands = withHandsOn();
        AttemptPresenter p = new AttemptPresenter(hands, hands.start("me", Selection.practice(1)).id());
        p.chooseOptions();
        assertThat(p.stage()).isEqualTo(AttemptPresenter.Stage.OPTIONS);
        p.select(p.question().correctOptions());
        assertThat(p.canCheck()).isTrue();
        assertThat(p.check().correct()).isTrue();
        assertThat(p.feedback().orElseThrow().inSandbox()).isFalse();
    }

    @Test
    void a_timed_exam_offers_a_hands_on_question_by_its_options_only() {
        QuizService hands = withHandsOn();
        AttemptPresenter p = new AttemptPresenter(hands, hands.start("me", Selection.exam(1)).id());
        assertThat(p.stage()).isEqualTo(AttemptPresenter.Stage.OPTIONS);
        assertThat(p.showsOptions()).isTrue();
    }

    @Test
    void the_checker_verdict_names_each_unmet_condition_in_plain_words() {
        assertThat(HandsOnPanel.conditionText(new HandsOnChecker.Result("Key k is Enabled", false,
                "it is Disabled"))).isEqualTo("✗ Key k is Enabled: not yet, it is Disabled.");
        assertThat(HandsOnPanel.conditionText(new HandsOnChecker.Result("Key k is Enabled", true,
                null))).isEqualTo("✓ Key k is Enabled.");
        assertThat(HandsOnPanel.verdictText(false, false, false)).startsWith("Not done yet");
        assertThat(HandsOnPanel.verdictText(true, false, true)).contains("counts as answered correctly");
        assertThat(HandsOnPanel.verdictText(true, true, true)).contains("already scored");
    }

    static Question question(String id, QuestionType type, int... correct) {
        List<Question.Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final int index = i;
            boolean right = java.util.Arrays.stream(correct).anyMatch(c -> c == index);
            options.add(new Question.Option("Option " + i, right, "Explanation " + i));
        }
        return new Question(id, type, "Stem of " + id + (type == QuestionType.MULTIPLE ? " (Choose two.)" : ""),
                options, 1, "1.3", "key-states", Difficulty.EASY,
                List.of("https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html"), null);
    }
}
