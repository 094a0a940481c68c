package org.kmslab.ui.lesson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.kmslab.engine.CiphertextFormat;
import org.kmslab.engine.KmsException;
import org.kmslab.lessons.PlaintextLab;
import org.kmslab.ui.component.CiphertextInspector;

/**
 * The plaintext lab: type a message, encrypt it under a KMS key, read the ciphertext in the byte inspector (its fields
 * coloured, hex or Base64), decrypt it, flip one byte (with the field or by clicking the byte) and watch decryption be
 * refused. A second Encrypt lays the new blob beside the previous one, a flip lays the tampered blob beside the
 * original. Every button is one real engine call through {@link PlaintextLab}.
 */
class PlaintextWorkbench extends VerticalLayout {

    private final PlaintextLab lab;
    private final Span keyLine = new Span("No key yet.");
    private final TextArea plaintext = new TextArea("Plaintext");
    private final Button createKey = new Button("Create KMS key", e -> run(this::createKey));
    private final Button encrypt = new Button("Encrypt", e -> run(this::encrypt));
    private final Button decrypt = new Button("Decrypt", e -> run(this::decrypt));
    private final IntegerField flipAt = new IntegerField("Byte position to flip");
    private final Button flip = new Button("Flip byte", e -> run(this::flip));
    private final CiphertextInspector inspector = new CiphertextInspector();
    private final Span ciphertextSize = new Span();
    /** The blob of the previous Encrypt, to lay beside the current one. */
    private byte[] previous;
    /** The blob as Encrypt returned it, to lay beside a tampered copy. */
    private byte[] original;
    private final Div result = new Div();

    PlaintextWorkbench(PlaintextLab lab) {
        this.lab = lab;
        setPadding(false);
        configureKey();
        configureInput();
        configureOutput();
        refresh();
    }

    private void configureKey() {
        createKey.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("Workbench"), new HorizontalLayout(FlexComponent.Alignment.BASELINE, createKey, keyLine));
    }

    private void configureInput() {
        plaintext.setWidthFull();
        plaintext.setMaxLength(4096);
        plaintext.setValue("Meet me at the usual place at noon.");
        plaintext.setHelperText("1 to 4096 bytes. Only the ciphertext needs to be stored.");
        flipAt.setMin(0);
        flipAt.setValue(40);
        flipAt.setStepButtonsVisible(true);
        add(plaintext, new HorizontalLayout(FlexComponent.Alignment.BASELINE, encrypt, decrypt, flipAt, flip));
    }

    private void configureOutput() {
        result.getElement().setAttribute("role", "status");
        result.setId("workbench-result");
        inspector.addByteFlipListener(e -> run(() -> {
            lab.flipByte(e.offset());
            showResult("Flipped byte " + e.offset() + ". Now try to decrypt.", false);
        }));
        add(result, new H4("Ciphertext"), ciphertextSize, inspector);
    }

    private void createKey() {
        lab.createKey();
        previous = null;
        original = null;
        showResult("Created a symmetric encryption key.", false);
    }

    private void encrypt() {
        byte[] before = original;
        lab.encrypt(plaintext.getValue());
        previous = before;
        original = lab.ciphertext().orElse(null);
        showResult("Encrypted " + plaintext.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + " bytes of plaintext.", false);
    }

    private void decrypt() {
        showResult("Decrypted: " + lab.decrypt(), false);
    }

    private void flip() {
        if (flipAt.getValue() == null) {
            throw new IllegalArgumentException("Enter a byte position.");
        }
        lab.flipByte(flipAt.getValue());
        showResult("Flipped byte " + flipAt.getValue() + ". Now try to decrypt.", false);
    }

    /** Runs one learner action; a refused call or a missing prerequisite is shown, never thrown. */
    private void run(Runnable action) {
        try {
            action.run();
        } catch (KmsException refused) {
            String message = refused.getMessage() == null || refused.getMessage().isBlank() ? "" : ": " + refused.getMessage();
            showResult("Refused by KMS: " + refused.errorCode() + message, true);
        } catch (IllegalStateException | IllegalArgumentException notYet) {
            showResult(notYet.getMessage(), true);
        }
        refresh();
    }

    private void showResult(String text, boolean error) {
        result.setText(text);
        result.setClassName("kmslab-error", error);
    }

    private void refresh() {
        keyLine.setText(lab.key().map(k -> "Key " + k.keyId() + " (" + k.keyState() + ")").orElse("No key yet."));
        encrypt.setEnabled(lab.key().isPresent());
        boolean hasCiphertext = lab.ciphertext().isPresent();
        decrypt.setEnabled(hasCiphertext);
        flip.setEnabled(hasCiphertext);
        flipAt.setEnabled(hasCiphertext);
        byte[] blob = lab.ciphertext().orElse(new byte[0]);
        ciphertextSize.setText(hasCiphertext ? blob.length + " bytes of ciphertext" : "Nothing encrypted yet.");
        if (!hasCiphertext) {
            inspector.clear();
            return;
        }
        flipAt.setMax(blob.length - 1);
        int flipped = lab.flippedOffset();
        // The layout of the blob as Encrypt returned it, so a flipped header byte still shows every field.
        inspector.setCiphertext(blob, CiphertextFormat.parseCiphertext(original == null ? blob : original),
                flipped < 0 ? Set.of() : Set.of(flipped));
        if (flipped >= 0 && original != null) {
            inspector.compareWith(original, "the ciphertext Encrypt returned", "The tampered ciphertext");
        } else if (previous != null) {
            inspector.compareWith(previous, "the previous ciphertext", "This ciphertext");
        } else {
            inspector.clearComparison();
        }
    }
}
