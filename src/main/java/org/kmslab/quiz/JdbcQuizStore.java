package org.kmslab.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@link QuizStore} on the application's database (H2 or PostgreSQL), in the tables made by {@code V10__quiz.sql}. */
public final class JdbcQuizStore implements QuizStore {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public JdbcQuizStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Portable upsert (H2 and PostgreSQL): update the row, insert it when there was none. */
    @Override
    public void save(Attempt attempt) {
        Attempt.State state = attempt.state();
        Function<String, Integer> run = sql -> jdbc.sql(sql)
                .param("id", state.id())
                .param("learner", state.learner())
                .param("mode", state.mode().name())
                .param("startedAt", utc(state.startedAt()))
                .param("submittedAt", utc(state.submittedAt()))
                .param("state", JSON.writeValueAsString(state))
                .update();
        if (run.apply("""
                UPDATE quiz_attempt SET learner = :learner, mode = :mode, started_at = :startedAt,
                    submitted_at = :submittedAt, state = :state WHERE id = :id""") == 0) {
            run.apply("""
                    INSERT INTO quiz_attempt (id, learner, mode, started_at, submitted_at, state)
                    VALUES (:id, :learner, :mode, :startedAt, :submittedAt, :state)""");
        }
    }

    @Override
    public Optional<Attempt> attempt(String id) {
        return jdbc.sql("SELECT state FROM quiz_attempt WHERE id = :id").param("id", id)
                .query((rs, n) -> attempt(rs)).optional();
    }

    @Override
    public Optional<Attempt> latestUnfinished(String learner) {
        return jdbc.sql("""
                SELECT state FROM quiz_attempt WHERE learner = :learner AND submitted_at IS NULL
                ORDER BY started_at DESC FETCH FIRST 1 ROWS ONLY""")
                .param("learner", learner).query((rs, n) -> attempt(rs)).optional();
    }

    @Override
    public List<Attempt> submitted(String learner) {
        return jdbc.sql("""
                SELECT state FROM quiz_attempt WHERE learner = :learner AND submitted_at IS NOT NULL
                ORDER BY submitted_at, started_at""")
                .param("learner", learner).query((rs, n) -> attempt(rs)).list();
    }

    @Override
    public void save(ReviewCard card) {
        Function<String, Integer> run = sql -> jdbc.sql(sql)
                .param("learner", card.learner())
                .param("questionId", card.questionId())
                .param("repetitions", card.repetitions())
                .param("interval", card.intervalDays())
                .param("easiness", card.easiness())
                .param("due", card.due())
                .param("lastReviewed", utc(card.lastReviewed()))
                .param("lapses", card.lapses())
                .update();
        if (run.apply("""
                UPDATE quiz_review_card SET repetitions = :repetitions, interval_days = :interval,
                    easiness = :easiness, due = :due, last_reviewed = :lastReviewed, lapses = :lapses
                WHERE learner = :learner AND question_id = :questionId""") == 0) {
            run.apply("""
                    INSERT INTO quiz_review_card (learner, question_id, repetitions, interval_days, easiness, due,
                        last_reviewed, lapses)
                    VALUES (:learner, :questionId, :repetitions, :interval, :easiness, :due, :lastReviewed, :lapses)""");
        }
    }

    @Override
    public Optional<ReviewCard> card(String learner, String questionId) {
        return jdbc.sql("SELECT * FROM quiz_review_card WHERE learner = :learner AND question_id = :questionId")
                .param("learner", learner).param("questionId", questionId)
                .query((rs, n) -> card(rs)).optional();
    }

    @Override
    public List<ReviewCard> due(String learner, LocalDate day, int limit) {
        return jdbc.sql("""
                SELECT * FROM quiz_review_card WHERE learner = :learner AND due <= :day
                ORDER BY due, lapses DESC, question_id FETCH FIRST :limit ROWS ONLY""")
                .param("learner", learner).param("day", day).param("limit", limit)
                .query((rs, n) -> card(rs)).list();
    }

    @Override
    public int countDue(String learner, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM quiz_review_card WHERE learner = :learner AND due <= :day")
                .param("learner", learner).param("day", day).query(Integer.class).single();
    }

    @Override
    public List<ReviewCard> cards(String learner) {
        return jdbc.sql("SELECT * FROM quiz_review_card WHERE learner = :learner ORDER BY due, question_id")
                .param("learner", learner).query((rs, n) -> card(rs)).list();
    }

    @Override
    public ProblemReport add(ProblemReport report) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO quiz_problem_report (learner, question_id, category, message, created_at, resolved)
                VALUES (:learner, :questionId, :category, :message, :createdAt, FALSE)""")
                .param("learner", report.learner())
                .param("questionId", report.questionId())
                .param("category", report.category().name())
                .param("message", report.message())
                .param("createdAt", utc(report.createdAt()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        return new ProblemReport(id, report.learner(), report.questionId(), report.category(), report.message(),
                report.createdAt(), false);
    }

    @Override
    public List<ProblemReport> reports(boolean includeResolved) {
        return jdbc.sql("SELECT * FROM quiz_problem_report WHERE resolved = FALSE OR :all ORDER BY created_at DESC, id DESC")
                .param("all", includeResolved)
                .query((rs, n) -> new ProblemReport(rs.getLong("id"), rs.getString("learner"),
                        rs.getString("question_id"), ProblemReport.Category.valueOf(rs.getString("category")),
                        rs.getString("message"), instant(rs, "created_at"), rs.getBoolean("resolved")))
                .list();
    }

    @Override
    public void resolve(long reportId) {
        jdbc.sql("UPDATE quiz_problem_report SET resolved = TRUE WHERE id = :id").param("id", reportId).update();
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        return new Attempt(JSON.readValue(rs.getString("state"), Attempt.State.class));
    }

    private static ReviewCard card(ResultSet rs) throws SQLException {
        return new ReviewCard(rs.getString("learner"), rs.getString("question_id"), rs.getInt("repetitions"),
                rs.getInt("interval_days"), rs.getDouble("easiness"), rs.getObject("due", LocalDate.class),
                instant(rs, "last_reviewed"), rs.getInt("lapses"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
