package org.kmslab.ui.quiz;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;

/**
 * The exam's visible countdown ({@code frontend/quiz-timer.js}). It counts down in the browser, announces the last ten,
 * five and one minutes to screen readers, and reports {@link ExpiredEvent} when time is up; the server enforces the
 * deadline on its own as well.
 */
@Tag("kms-quiz-timer")
final class QuizTimer extends Component {

    QuizTimer(Instant deadline, Instant serverNow) {
        getElement().setAttribute("deadline", Long.toString(deadline.toEpochMilli()));
        getElement().setAttribute("server-now", Long.toString(serverNow.toEpochMilli()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/quiz-timer.js");
    }

    Registration addExpiredListener(com.vaadin.flow.component.ComponentEventListener<ExpiredEvent> listener) {
        return addListener(ExpiredEvent.class, listener);
    }

    /** The countdown reached zero in the browser. */
    @DomEvent("expired")
    public static final class ExpiredEvent extends ComponentEvent<QuizTimer> {
        public ExpiredEvent(QuizTimer source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
