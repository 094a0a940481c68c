package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kmslab.engine.EngineEvent;

/**
 * Envelope encryption in three pictures ({@code frontend/data-key-flow.js}): GenerateDataKey, local encryption with
 * the plaintext data key discarded, and Decrypt of the data key then local decryption. KMS calls are shown from their
 * engine events; the local steps, which KMS never sees, from {@link #setStage(Stage)}. No key bytes are ever sent.
 *
 * <p>The picture is the sum of what happened since the last reset, drawn in the browser. Vaadin would keep every call
 * made while the element is not in the page and send them all when it appears; instead the flow keeps a short
 * history that draws the same picture (each stage once, at its latest place, then a refusal or a call without a stage
 * if one came last: at most nine entries) and draws it when the element appears.
 */
@Tag("kms-data-key-flow")
public class DataKeyFlow extends Component implements AnimatedVisualizer {

    /** The local steps of envelope encryption, done by the application and not by KMS. */
    public enum Stage {
        ENCRYPT_LOCALLY("encrypt-locally"),
        DISCARD_KEY("discard-key"),
        STORE_IN_BUCKET("store-in-bucket"),
        DECRYPT_LOCALLY("decrypt-locally");

        private final String wire;

        Stage(String wire) {
            this.wire = wire;
        }

        /** The stage name the element takes. */
        public String wire() {
            return wire;
        }
    }

    /** A call that draws part of the picture; {@code key} is what a later call of the same kind replaces. */
    private record Drawn(String key, EngineEvent event, Stage stage, String description) {
    }

    private static final String REFUSED = "refused";
    private static final String ANNOUNCED = "announced";

    /** What draws the picture since the last reset, oldest first, each key once. */
    private final Map<String, Drawn> history = new LinkedHashMap<>();
    /** Reset while not in the page: the element may still show the old picture when it appears. */
    private boolean resetOnAttach;

    public DataKeyFlow() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Envelope encryption with a data key");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/data-key-flow.js");
        if (resetOnAttach) {
            sendReset();
            resetOnAttach = false;
        }
        history.values().forEach(this::send);
    }

    /** Animates a KMS call: GenerateDataKey(WithoutPlaintext) and Decrypt move tokens; failures mark the KMS key. */
    public void show(EngineEvent event) {
        String stage = OPERATION_STAGE.get(event.eventName());
        draw(new Drawn(event.failed() ? REFUSED : stage == null ? ANNOUNCED : stage, event, null, null));
    }

    /** Shows a local step with the element's own sentence for it. */
    public void setStage(Stage stage) {
        setStage(stage, null);
    }

    /** Shows a local step with a sentence of the caller's (e.g. "Encrypted 1 MiB locally with AES-256-GCM."). */
    public void setStage(Stage stage, String description) {
        draw(new Drawn(stage.wire(), null, stage, description));
    }

    /** The stage each KMS call draws, as {@code data-key-flow.js} maps them; other calls only write their sentence. */
    private static final Map<String, String> OPERATION_STAGE = Map.of("GenerateDataKey", "generate",
            "GenerateDataKeyWithoutPlaintext", "generate-without-plaintext", "Decrypt", "kms-decrypt");

    /**
     * Keeps the call in the history and draws it if the element is in the page. A stage replaces its earlier place
     * (what the picture holds is the union of the stages; what is lit is the latest); any stage clears a refusal or a
     * sentence before it, which the next call would have replaced in the browser too.
     */
    private void draw(Drawn call) {
        history.remove(call.key());
        history.remove(ANNOUNCED);
        if (!call.key().equals(ANNOUNCED)) {
            history.remove(REFUSED);
        }
        history.put(call.key(), call);
        if (Visualizers.attached(getElement())) {
            send(call);
        }
    }

    private void send(Drawn call) {
        if (call.event() != null) {
            Visualizers.call(getElement(), "play", toJson(call.event()));
        } else {
            getElement().executeJs("customElements.whenDefined(this.localName).then(() => this.setStage($0, $1))",
                    call.stage().wire(), call.description());
        }
    }

    /** How many calls the element would be sent if it appeared now (for tests: it stays small, whatever happened). */
    int historySize() {
        return history.size();
    }

    /** Shows a labelled progress bar for long local work; 0 to 100. */
    public void setProgress(double percent, String label) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("progress must be between 0 and 100: " + percent);
        }
        getElement().setAttribute("progress-label", label == null ? "Local work" : label);
        getElement().setAttribute("progress", Double.toString(percent));
    }

    /** Hides the progress bar. */
    public void clearProgress() {
        getElement().removeAttribute("progress");
    }

    /** Back to the first picture: only the KMS key and the data exist. */
    public void reset() {
        history.clear();
        if (Visualizers.attached(getElement())) {
            sendReset();
        } else {
            resetOnAttach = true;
        }
    }

    private void sendReset() {
        getElement().executeJs("customElements.whenDefined(this.localName).then(() => this.reset())");
    }

    static String toJson(EngineEvent event) {
        Map<String, Object> view = Visualizers.eventView(event);
        return Visualizers.json(view);
    }
}
