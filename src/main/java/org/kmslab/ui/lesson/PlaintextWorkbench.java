package org.kmslab.ui.lesson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.Base64;
import java.util.HexFormat;
import org.kmslab.engine.KmsException;
import org.kmslab.lessons.PlaintextLab;

/**
 * The plaintext lab: type a message, encrypt it under a KMS key, read the ciphertext as Base64 and hex, decrypt it,
 * flip one byte and watch decryption be refused. Every button is one real engine call through {@link PlaintextLab}.
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
    private final Pre base64 = new Pre();
    private final Pre hex = new Pre();
    private final Span ciphertextSize = new Span();
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
        base64.addClassName("kmslab-bytes");
        base64.getElement().setAttribute("aria-label", "Ciphertext in Base64");
        hex.addClassName("kmslab-bytes");
        hex.getElement().setAttribute("aria-label", "Ciphertext in hexadecimal");
        result.getElement().setAttribute("role", "status");
        result.setId("workbench-result");
        add(new Span("Ciphertext (Base64)"), base64, new Span("Ciphertext (hex)"), hex, ciphertextSize, result);
    }

    private void createKey() {
        lab.createKey();
        showResult("Created a symmetric encryption key.", false);
    }

    private void encrypt() {
        lab.encrypt(plaintext.getValue());
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
        base64.setText(hasCiphertext ? Base64.getEncoder().encodeToString(blob) : "(nothing encrypted yet)");
        renderHex(blob);
        ciphertextSize.setText(hasCiphertext ? blob.length + " bytes of ciphertext" : "");
        if (hasCiphertext) {
            flipAt.setMax(blob.length - 1);
        }
    }

    private void renderHex(byte[] blob) {
        hex.removeAll();
        hex.getElement().removeAllChildren();
        if (blob.length == 0) {
            hex.setText("(nothing encrypted yet)");
            return;
        }
        int flipped = lab.flippedOffset();
        HexFormat hexFormat = HexFormat.of();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < blob.length; i++) {
            String pair = hexFormat.toHexDigits(blob[i]) + (i + 1 < blob.length ? " " : "");
            if (i == flipped) {
                hex.getElement().appendChild(Element.createText(run.toString()));
                run.setLength(0);
                Element mark = new Element("mark");
                mark.setText(hexFormat.toHexDigits(blob[i]));
                mark.setAttribute("title", "Byte " + i + " was flipped");
                hex.getElement().appendChild(mark, Element.createText(i + 1 < blob.length ? " " : ""));
            } else {
                run.append(pair);
            }
        }
        hex.getElement().appendChild(Element.createText(run.toString()));
    }
}
