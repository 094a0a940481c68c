package org.kmslab.ui.classroom;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * What a browser session holds for the class, on the server side only: the instructor secret once it was entered
 * (every instructor action passes it back to {@link ClassroomService}, which checks it), or a learner's ticket.
 */
final class ClassSessions {

    private static final String INSTRUCTOR = ClassSessions.class.getName() + ".instructor";
    private static final String LEARNER = ClassSessions.class.getName() + ".learner";

    private ClassSessions() {}

    static Optional<String> instructorSecret(VaadinSession session) {
        return Optional.ofNullable(session).map(s -> (String) s.getAttribute(INSTRUCTOR));
    }

    static void signInInstructor(VaadinSession session, String secret) {
        session.setAttribute(INSTRUCTOR, secret);
    }

    static void signOutInstructor(VaadinSession session) {
        session.setAttribute(INSTRUCTOR, null);
    }

    static Optional<LearnerTicket> learner(VaadinSession session) {
        return Optional.ofNullable(session).map(s -> (LearnerTicket) s.getAttribute(LEARNER));
    }

    static void seatLearner(VaadinSession session, LearnerTicket ticket) {
        session.setAttribute(LEARNER, ticket);
    }
}
