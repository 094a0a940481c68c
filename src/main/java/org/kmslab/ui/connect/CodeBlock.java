package org.kmslab.ui.connect;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.Supplier;

/**
 * A titled snippet with a copy button. What is shown may mask secrets; what is copied is always the real text, so
 * the page can be screen-shared while the clipboard still works.
 */
class CodeBlock extends Div {

    private final Pre code = new Pre();
    private final Supplier<String> shown;

    CodeBlock(String title, Supplier<String> shown, Supplier<String> copied) {
        this.shown = shown;
        Span heading = new Span(title);
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Button copy = new Button("Copy", e -> copy(copied.get()));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        copy.setAriaLabel("Copy " + title);
        HorizontalLayout bar = new HorizontalLayout(heading, copy);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        code.addClassName("kmslab-bytes");
        code.getElement().setAttribute("aria-label", title);
        code.getElement().setAttribute("tabindex", "0");
        add(bar, code);
        addClassNames(LumoUtility.Margin.Bottom.MEDIUM);
        refresh();
    }

    /** Re-reads the shown text, e.g. after secrets were revealed or hidden. */
    void refresh() {
        code.setText(shown.get());
    }

    private void copy(String text) {
        getElement().executeJs("return navigator.clipboard.writeText($0)", text)
                .then(ok -> Notification.show("Copied to the clipboard.", 2000, Notification.Position.BOTTOM_START),
                        error -> Notification.show("The browser refused the clipboard; select the text and copy it.",
                                4000, Notification.Position.BOTTOM_START));
    }
}
