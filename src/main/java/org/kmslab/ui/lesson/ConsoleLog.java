package org.kmslab.ui.lesson;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;

/**
 * The console's output, newest entry first ({@code <kms-console-log>} in {@code frontend/console.js}): a scroll area
 * of its own, sized with the command line to the window, that brings the newest entry into view when it is attached
 * and keeps it there through later layout changes until the learner scrolls or clicks.
 */
@Tag("kms-console-log")
final class ConsoleLog extends Component implements HasComponents {

    ConsoleLog() {
        getElement().setAttribute("role", "log");
        getElement().setAttribute("aria-label", "Console output");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/console.js");
    }
}
