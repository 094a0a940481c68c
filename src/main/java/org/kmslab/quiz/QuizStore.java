package org.kmslab.quiz;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where attempts, review cards and problem reports live; the server keeps them across restarts. */
public interface QuizStore {

    void save(Attempt attempt);

    Optional<Attempt> attempt(String id);

    /** The learner's most recently started attempt that is not submitted. */
    Optional<Attempt> latestUnfinished(String learner);

    /** The learner's submitted attempts, oldest first. */
    List<Attempt> submitted(String learner);

    void save(ReviewCard card);

    Optional<ReviewCard> card(String learner, String questionId);

    /** Cards due on or before the day, earliest due first, then most lapses. */
    List<ReviewCard> due(String learner, LocalDate day, int limit);

    int countDue(String learner, LocalDate day);

    List<ReviewCard> cards(String learner);

    /** Stores a new report and returns it with its id. */
    ProblemReport add(ProblemReport report);

    List<ProblemReport> reports(boolean includeResolved);

    void resolve(long reportId);
}
