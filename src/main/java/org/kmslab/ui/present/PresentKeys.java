package org.kmslab.ui.present;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.function.Consumer;

/**
 * The presenter keyboard ({@code frontend/present-keys.js}): reports the keys of {@link PresenterKeys} pressed
 * anywhere on the page, except while the instructor types in a field.
 */
@Tag("kms-present-keys")
class PresentKeys extends Component {

    PresentKeys(Consumer<PresenterKeys> onKey) {
        getElement().setAttribute("keys", PresenterKeys.forwarded());
        getElement().addEventListener("present-key", e -> PresenterKeys.of(e.getEventData().path("event.detail").asString(""))
                .ifPresent(onKey)).addEventData("event.detail");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/present-keys.js");
    }
}
