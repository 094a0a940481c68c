package org.kmslab.ui.present;

import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;

/** The packaged course, loaded once for the presenter tests. */
final class Lessons {

    static final LessonCatalog CATALOG = new LessonLoader(LessonSource.classpath()).load();

    private Lessons() {}

    static Lesson get(String id) {
        return CATALOG.find(id).orElseThrow();
    }
}
