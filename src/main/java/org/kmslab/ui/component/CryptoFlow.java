package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kmslab.engine.EngineEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plaintext -> KMS key -> ciphertext diagram ({@code frontend/crypto-flow.js}). It animates exactly the engine
 * event it is given and writes the same fact as text in a live region for screen readers.
 */
@Tag("kms-crypto-flow")
public class CryptoFlow extends Component implements AnimatedVisualizer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The newest call, drawn when the diagram appears (it plays only while it is in the page). */
    private EngineEvent last;

    public CryptoFlow() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "What the last KMS call did");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/crypto-flow.js");
        if (last != null) {
            // The module may still be loading when the diagram appears: call once it has defined the element.
            Visualizers.call(getElement(), "play", json(last));
        }
    }

    /** Animation speed multiplier (0.5 to 2). */
    @Override
    public void setSpeed(double speed) {
        getElement().setAttribute("speed", Double.toString(speed));
    }

    /** Animates the call if the diagram is in the page; otherwise it is drawn, as the newest call, when it appears. */
    public void show(EngineEvent event) {
        last = event;
        if (Visualizers.attached(getElement())) {
            getElement().callJsFunction("play", json(event));
        }
    }

    private static String json(EngineEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("operation", event.eventName());
        view.put("outcome", event.errorCode() == null ? "success" : "error");
        view.put("errorCode", event.errorCode());
        view.put("keyId", event.keyArn());
        view.put("description", EventDescriptions.describe(event));
        return JSON.writeValueAsString(view);
    }
}
