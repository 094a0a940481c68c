package org.kmslab.ui.progress;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Reads the learner id from the cookie while the page's first HTTP request is at hand (a UI is made then), because
 * later server round trips may come over the push WebSocket, where the cookie filter's attribute is missing.
 */
@Component
class LearnerSessionInit implements VaadinServiceInitListener {

    private final ProgressService progress;

    LearnerSessionInit(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> progress.learnerId());
    }
}
