package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.Map;
import org.kmslab.engine.EngineEvent;

/**
 * Envelope encryption in three pictures ({@code frontend/data-key-flow.js}): GenerateDataKey, local encryption with
 * the plaintext data key discarded, and Decrypt of the data key then local decryption. KMS calls are shown from their
 * engine events; the local steps, which KMS never sees, from {@link #setStage(Stage)}. No key bytes are ever sent.
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

    public DataKeyFlow() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Envelope encryption with a data key");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/data-key-flow.js");
    }

    /** Animates a KMS call: GenerateDataKey(WithoutPlaintext) and Decrypt move tokens; failures mark the KMS key. */
    public void show(EngineEvent event) {
        Visualizers.call(getElement(), "play", toJson(event));
    }

    /** Shows a local step with the element's own sentence for it. */
    public void setStage(Stage stage) {
        setStage(stage, null);
    }

    /** Shows a local step with a sentence of the caller's (e.g. "Encrypted 1 MiB locally with AES-256-GCM."). */
    public void setStage(Stage stage, String description) {
        getElement().executeJs("customElements.whenDefined(this.localName).then(() => this.setStage($0, $1))",
                stage.wire(), description);
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
        getElement().executeJs("customElements.whenDefined(this.localName).then(() => this.reset())");
    }

    static String toJson(EngineEvent event) {
        Map<String, Object> view = Visualizers.eventView(event);
        return Visualizers.json(view);
    }
}
