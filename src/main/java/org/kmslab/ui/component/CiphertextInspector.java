package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kmslab.engine.CiphertextFormat;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.api.CiphertextLayout;

/**
 * A ciphertext blob byte by byte ({@code frontend/ciphertext-inspector.js}) with its fields marked from the engine's
 * {@link CiphertextLayout}. Each byte is a button; activating one fires a {@link ByteFlipEvent} so a view can tamper
 * with it and try to decrypt. Only ciphertext is ever sent, never plaintext or key material.
 */
@Tag("kms-ciphertext-inspector")
public class CiphertextInspector extends Component implements AnimatedVisualizer {

    /** The newest call's outcome, written when the inspector appears (it plays only while it is in the page). */
    private EngineEvent last;

    public CiphertextInspector() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Ciphertext inspector");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/ciphertext-inspector.js");
        if (last != null) {
            play(last);
        }
    }

    /** Shows a blob with the fields the engine finds in it. */
    public void setCiphertext(byte[] blob) {
        setCiphertext(blob, CiphertextFormat.parseCiphertext(blob), Set.of());
    }

    /**
     * Shows a (perhaps tampered) blob with a layout read before tampering, marking the flipped offsets; a flipped
     * magic byte would otherwise leave nothing to mark.
     */
    public void setCiphertext(byte[] blob, CiphertextLayout layout, Set<Integer> flipped) {
        getElement().setAttribute("ciphertext", toJson(blob, layout, flipped));
    }

    public void clear() {
        last = null;
        getElement().removeAttribute("ciphertext");
        clearComparison();
    }

    /**
     * Lays a second blob beside the one shown, field by field, equal and different bytes marked (e.g. the same
     * message encrypted twice, or a blob before and after tampering).
     *
     * @param otherLabel what the other blob is, e.g. "the previous ciphertext"
     * @param ownLabel   what the shown blob is, e.g. "This ciphertext"
     */
    public void compareWith(byte[] other, String otherLabel, String ownLabel) {
        getElement().setAttribute("compare", Visualizers.json(Map.of("base64",
                Base64.getEncoder().encodeToString(other), "label", otherLabel, "ownLabel", ownLabel)));
    }

    public void clearComparison() {
        getElement().removeAttribute("compare");
    }

    /** Writes the outcome of a call that used this blob (e.g. a refused Decrypt) to the live region. */
    public void show(EngineEvent event) {
        last = event;
        if (Visualizers.attached(getElement())) {
            play(event);
        }
    }

    private void play(EngineEvent event) {
        Visualizers.call(getElement(), "play", Visualizers.json(Visualizers.eventView(event)));
    }

    public Registration addByteFlipListener(ComponentEventListener<ByteFlipEvent> listener) {
        return addListener(ByteFlipEvent.class, listener);
    }

    static String toJson(byte[] blob, CiphertextLayout layout, Set<Integer> flipped) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("base64", Base64.getEncoder().encodeToString(blob));
        v.put("parsed", layout.parsed());
        v.put("failureReason", layout.failureReason());
        List<Map<String, Object>> fields = layout.fields().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("offset", f.offset());
            m.put("length", f.length());
            m.put("description", f.description());
            return m;
        }).toList();
        v.put("fields", fields);
        v.put("flipped", new TreeSet<>(flipped));
        return Visualizers.json(v);
    }
}
