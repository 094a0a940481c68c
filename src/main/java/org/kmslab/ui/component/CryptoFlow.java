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

    public CryptoFlow() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "What the last KMS call did");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/crypto-flow.js");
    }

    /** Animation speed multiplier (0.5 to 2). */
    @Override
    public void setSpeed(double speed) {
        getElement().setAttribute("speed", Double.toString(speed));
    }

    public void show(EngineEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("operation", event.eventName());
        view.put("outcome", event.errorCode() == null ? "success" : "error");
        view.put("errorCode", event.errorCode());
        view.put("keyId", event.keyArn());
        view.put("description", EventDescriptions.describe(event));
        getElement().callJsFunction("play", JSON.writeValueAsString(view));
    }
}
