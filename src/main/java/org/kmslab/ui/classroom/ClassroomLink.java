package org.kmslab.ui.classroom;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Lets the presenter view drive the class: when the instructor of a running class presents a lesson, every step they
 * show becomes the class's follow target. For anyone else it does nothing.
 */
@Component
public class ClassroomLink {

    private final ClassroomService classes;

    ClassroomLink(ClassroomService classes) {
        this.classes = classes;
    }

    /** The step the class is on in this lesson, when this session is the instructor of a class on it. */
    public java.util.Optional<Integer> classStep(String lessonId) {
        return ClassSessions.instructorSecret(VaadinSession.getCurrent()).filter(classes::isInstructor)
                .flatMap(classes::current).flatMap(Classroom::target)
                .filter(t -> t.lessonId().equals(lessonId)).map(Classroom.Target::step);
    }

    /** Call with the session locked (in a view or {@code UI.access}). */
    public void presenterMoved(String lessonId, int step) {
        ClassSessions.instructorSecret(VaadinSession.getCurrent()).ifPresent(secret -> {
            if (classes.isInstructor(secret) && classes.current(secret).isPresent()) {
                classes.moveTo(secret, lessonId, step);
            }
        });
    }
}
