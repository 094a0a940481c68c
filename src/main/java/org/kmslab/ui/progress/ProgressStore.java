package org.kmslab.ui.progress;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code lesson_progress} table: one row per learner and lesson. */
@Repository
public class ProgressStore {

    private final JdbcClient jdbc;

    public ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LessonProgress> find(String learner) {
        return jdbc.sql("SELECT lesson_id, current_step, completed_steps, updated_at FROM lesson_progress "
                        + "WHERE learner = ? ORDER BY updated_at DESC")
                .param(learner)
                .query((rs, n) -> new LessonProgress(rs.getString(1), rs.getString(2), split(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Portable upsert (UPDATE, then INSERT), so progress saves on PostgreSQL as on H2. */
    public void save(String learner, LessonProgress progress) {
        String completed = String.join(",", progress.completedSteps());
        Timestamp at = Timestamp.from(progress.updatedAt());
        int updated = jdbc.sql("UPDATE lesson_progress SET current_step = ?, completed_steps = ?, updated_at = ? "
                        + "WHERE learner = ? AND lesson_id = ?")
                .params(progress.currentStep(), completed, at, learner, progress.lessonId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO lesson_progress (learner, lesson_id, current_step, completed_steps, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(learner, progress.lessonId(), progress.currentStep(), completed, at)
                    .update();
        }
    }

    public void delete(String learner, String lessonId) {
        jdbc.sql("DELETE FROM lesson_progress WHERE learner = ? AND lesson_id = ?").params(learner, lessonId).update();
    }

    /** Saves several lessons' progress at once: either every row is written or none is. */
    @Transactional
    public void saveAll(String learner, Collection<LessonProgress> lessons) {
        lessons.forEach(p -> save(learner, p));
    }

    private static java.util.Set<String> split(String joined) {
        return joined.isEmpty() ? java.util.Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
