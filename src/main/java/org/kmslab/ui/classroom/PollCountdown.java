package org.kmslab.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.time.Instant;

/**
 * A live poll's countdown in seconds ({@code frontend/poll-countdown.js}), on the projector screen and in the
 * learner's poll. It only shows the time: {@link PollBoard} reveals the answer on the server when time is up.
 */
@Tag("kms-poll-countdown")
final class PollCountdown extends Component {

    PollCountdown(Instant deadline, Instant serverNow) {
        getElement().setAttribute("deadline", Long.toString(deadline.toEpochMilli()));
        getElement().setAttribute("server-now", Long.toString(serverNow.toEpochMilli()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/poll-countdown.js");
    }
}
