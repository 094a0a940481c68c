-- Lesson progress per learner (issue 5). Flyway versions 30-39 belong to the course.

-- One row per learner and lesson: the step they were on and the steps they had done, by step id (so progress
-- survives steps being added or reordered). completed_steps is the step ids joined by commas.
CREATE TABLE lesson_progress (
    learner         VARCHAR(64)              NOT NULL,
    lesson_id       VARCHAR(100)             NOT NULL,
    current_step    VARCHAR(100)             NOT NULL,
    completed_steps VARCHAR(4000)            NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (learner, lesson_id)
);
