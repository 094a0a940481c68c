package org.kmslab.ui.lesson;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;

/**
 * The console's command line ({@code <kms-console-line>} in {@code frontend/console.js}): the Command field and a row
 * with the Run button. The browser takes a line from the field on Enter, Ctrl+Enter or Run, empties the field at once
 * and sends the line, so the line that runs is the one that was on screen and nothing typed while it runs is lost:
 * the server never writes the field in reply to a command. ArrowUp/ArrowDown walk the history in the browser too.
 */
@Tag("kms-console-line")
final class CommandLine extends Component implements HasComponents {

    private final TextArea field = new TextArea("Command");

    /** A command line that hands each line to {@code onRun}; {@code besideRun} goes in the row after the Run button. */
    CommandLine(Consumer<String> onRun, Component... besideRun) {
        field.setWidthFull();
        field.addClassName("kmslab-command");
        field.setPlaceholder("aws kms create-key --description \"my first key\"");
        field.setHelperText("AWS CLI v2 syntax. Enter runs, Shift+Enter adds a line, ArrowUp/ArrowDown recall earlier "
                + "commands. Blobs take Base64 or fileb://<file> (printf 'text' > file writes one). Try aws help.");
        Button run = new Button("Run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.getElement().setAttribute("data-console", "run");
        HorizontalLayout row = new HorizontalLayout(FlexComponent.Alignment.BASELINE, run);
        row.add(besideRun);
        add(field, row);
        getElement().addEventListener("console-run", e -> onRun.accept(e.getEventData().path("event.detail").asString("")))
                .addEventData("event.detail");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/console.js");
    }

    /** Puts a line in the field, ready to edit or run (a lesson's "Put in console" button), and focuses it. */
    void put(String line) {
        field.getElement().executeJs("this.value = $0; this.focus()", line);
    }

    /** Replaces each of {@code secrets} in what the field holds now by {@code mask}, leaving anything else as typed. */
    void mask(List<String> secrets, String mask) {
        for (String secret : secrets) {
            field.getElement().executeJs("const v = (this.value || '').split($0).join($1); "
                    + "if (v !== this.value) { this.value = v; }", secret, mask);
        }
    }
}
