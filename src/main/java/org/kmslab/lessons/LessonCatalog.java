package org.kmslab.lessons;

import java.util.List;
import java.util.Optional;

/** The whole course, in order, as validated at start-up. Immutable. */
public record LessonCatalog(String title, List<Lesson> lessons) {

    public LessonCatalog {
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
