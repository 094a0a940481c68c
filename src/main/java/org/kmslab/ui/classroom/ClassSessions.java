package org.kmslab.ui.classroom;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a browser session holds for the class, on the server side only: the instructor secret once it was entered
 * (every instructor action passes it back to {@link ClassroomService}, which checks it), or a learner's ticket.
 *
 * <p>The learner's ticket is also kept in an HTTP-only cookie, {@value #COOKIE}: a learner whose session was lost
 * (in cluster mode, the instance that held it died) finds their seat again on the next page load, if the class is
 * still running. The instructor secret is never put in a cookie: an instructor signs in again.
 */
final class ClassSessions {

    private static final String INSTRUCTOR = ClassSessions.class.getName() + ".instructor";
    private static final String LEARNER = ClassSessions.class.getName() + ".learner";
    static final String COOKIE = "kmslab-class";

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
        Optional<LearnerTicket> held = Optional.ofNullable(session).map(s -> (LearnerTicket) s.getAttribute(LEARNER));
        if (held.isPresent() || session == null) {
            return held;
        }
        Optional<LearnerTicket> remembered = fromCookie();
        remembered.ifPresent(ticket -> session.setAttribute(LEARNER, ticket));
        return remembered;
    }

    static void seatLearner(VaadinSession session, LearnerTicket ticket) {
        session.setAttribute(LEARNER, ticket);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, ticket.code() + "." + ticket.token());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Optional<LearnerTicket> fromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).filter(v -> v.matches("[A-Z0-9]{6}\\.[0-9a-f]{32}"))
                .map(v -> new LearnerTicket(v.substring(0, 6), v.substring(7))).findFirst();
    }
}
