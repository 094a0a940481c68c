package org.kmslab.ui.lesson;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.console.ConsoleResult;

/**
 * The console workbench: an {@code aws kms ...} command line with the AWS CLI's syntax, a "call as" switch between
 * the sandbox's principals, and a time machine. Every command runs through the same gateway as the real AWS CLI.
 */
public class ConsoleWorkbench extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int KEPT_ENTRIES = 12;
    private static final String DISCARDED = "[discarded]";

    private final SandboxWorkspace workspace;
    private final Sandbox sandbox;
    private final TextArea command = new TextArea("Command");
    private final Select<String> callAs = new Select<>();
    private final Div log = new Div();
    private final Span clock = new Span();
    private Consumer<String> beforeRun = line -> { };

    public ConsoleWorkbench(SandboxWorkspace workspace, Sandbox sandbox) {
        this.workspace = workspace;
        this.sandbox = sandbox;
        setPadding(false);
        configureCommandLine();
        // The output right under the command line, so a result lands in view; the time machine after it.
        configureLog();
        configureTimeMachine();
    }

    private void configureCommandLine() {
        command.setWidthFull();
        command.addClassName("kmslab-command");
        command.setPlaceholder("aws kms create-key --description \"my first key\"");
        command.setHelperText("AWS CLI v2 syntax. Enter runs, Shift+Enter adds a line, ArrowUp/ArrowDown recall earlier "
                + "commands. Blobs take Base64 or fileb://<file> (printf 'text' > file writes one). Try aws help.");
        callAs.setLabel("Call as");
        callAs.setItems("admin", "developer", "app");
        callAs.setItemLabelGenerator(p -> switch (p) {
            case "developer" -> "Developer role";
            case "app" -> "App role";
            default -> "Administrator";
        });
        callAs.setValue("admin");
        Button run = new Button("Run", e -> run(command.getValue()));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickShortcut(Key.ENTER).listenOn(command);
        run.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(command);
        add(new H3("Console"), command, new HorizontalLayout(FlexComponent.Alignment.BASELINE, run, callAs));
    }

    private void configureTimeMachine() {
        HorizontalLayout machine = new HorizontalLayout(FlexComponent.Alignment.BASELINE,
                new Span("Time machine:"),
                travel("+1 day", Duration.ofDays(1)),
                travel("+30 days", Duration.ofDays(30)),
                travel("+1 year", Duration.ofDays(366)),
                clock);
        machine.setWrap(true);
        machine.getElement().setAttribute("role", "group");
        machine.getElement().setAttribute("aria-label", "Time machine");
        clock.getElement().setAttribute("aria-live", "polite");
        showClock();
        add(machine);
    }

    private Button travel(String label, Duration duration) {
        Button b = new Button(label, e -> {
            workspace.advanceClock(duration);
            showClock();
        });
        b.getElement().setAttribute("aria-label", "Fast-forward " + label.substring(1));
        return b;
    }

    private void configureLog() {
        log.getElement().setAttribute("role", "log");
        log.getElement().setAttribute("aria-label", "Console output");
        log.setWidthFull();
        add(log);
    }

    /** Called with each command line just before it runs (the lesson view takes an undo snapshot there). */
    public void setBeforeRun(Consumer<String> hook) {
        this.beforeRun = hook;
    }

    /** Runs a command line as the selected principal and shows what the AWS CLI would print. */
    public ConsoleResult run(String line) {
        String effective = line.contains("--profile") || "admin".equals(callAs.getValue())
                ? line.strip() : line.strip() + " --profile " + callAs.getValue();
        beforeRun.accept(effective);
        ConsoleResult result = workspace.runForDisplay(effective);
        if (!result.redactions().isEmpty()) {
            redact(result.redactions());
        }
        String shown = "$ " + effective + "\n" + result.output();
        for (String secret : result.redactions()) {
            shown = shown.replace(secret, DISCARDED);
        }
        addEntry(shown, !result.ok());
        showClock();
        fireEvent(new CommandRanEvent(this, result));
        return result;
    }

    /** Adds a line of the lab's own to the log (e.g. what Undo did), marked as not from a command. */
    public void note(String text) {
        addEntry("# " + text, false);
        showClock();
    }

    /** Empties the log (the lesson was reset). */
    public void clearLog() {
        log.removeAll();
        showClock();
    }

    private void addEntry(String text, boolean error) {
        Pre entry = new Pre(text);
        entry.addClassName("kmslab-bytes");
        entry.addClassName("kmslab-console-entry");
        if (error) {
            entry.addClassName("kmslab-error");
        }
        log.addComponentAsFirst(entry);
        while (log.getComponentCount() > KEPT_ENTRIES) {
            log.remove(log.getComponentAt(log.getComponentCount() - 1));
        }
    }

    /** Masks discarded plaintext data keys everywhere this console shows them: the log and the command line. */
    private void redact(List<String> secrets) {
        log.getChildren().forEach(c -> {
            String text = c.getElement().getText();
            String masked = text;
            for (String secret : secrets) {
                masked = masked.replace(secret, DISCARDED);
            }
            if (!masked.equals(text)) {
                c.getElement().setText(masked);
            }
        });
        String typed = command.getValue();
        for (String secret : secrets) {
            typed = typed.replace(secret, DISCARDED);
        }
        command.setValue(typed);
    }

    public Registration addCommandListener(ComponentEventListener<CommandRanEvent> listener) {
        return addListener(CommandRanEvent.class, listener);
    }

    /** A command line ran; carries what the console printed and the JSON result. */
    public static final class CommandRanEvent extends ComponentEvent<ConsoleWorkbench> {
        private final transient ConsoleResult result;

        CommandRanEvent(ConsoleWorkbench source, ConsoleResult result) {
            super(source, false);
            this.result = result;
        }

        public ConsoleResult result() {
            return result;
        }
    }

    private void showClock() {
        clock.setText("Sandbox time: " + DATE.format(sandbox.clock().instant()));
    }
}
