package org.kmslab.ui.component;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The learner asked to flip one byte of the ciphertext shown in a {@link CiphertextInspector}. */
@DomEvent("byte-flip")
public class ByteFlipEvent extends ComponentEvent<CiphertextInspector> {

    private final int offset;

    public ByteFlipEvent(CiphertextInspector source, boolean fromClient, @EventData("event.detail.offset") int offset) {
        super(source, fromClient);
        this.offset = offset;
    }

    /** Position of the byte in the blob, from 0. */
    public int offset() {
        return offset;
    }
}
