package org.kmslab.ui.present;

import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.Map;
import org.kmslab.lessons.Lesson;

/**
 * The presentations of one browser session, one per lesson, so that the presenter window and its notes window (and a
 * reload of either) find the same deck and sandbox. Call with the session locked, as Vaadin does in a view.
 */
final class PresenterSessions {

    private static final String ATTRIBUTE = PresenterSessions.class.getName();

    private PresenterSessions() {}

    static Presentation of(VaadinSession session, Lesson lesson, PresentationService service) {
        @SuppressWarnings("unchecked")
        Map<String, Presentation> byLesson = (Map<String, Presentation>) session.getAttribute(ATTRIBUTE);
        if (byLesson == null) {
            byLesson = new HashMap<>();
            session.setAttribute(ATTRIBUTE, byLesson);
        }
        return byLesson.computeIfAbsent(lesson.id(), id -> service.start(lesson));
    }
}
