package org.kmslab.ui.lesson;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.console.AwsCliConsole;
import org.kmslab.sandbox.console.ConsoleResult;

/**
 * The console workbench: an {@code aws kms ...} command line with the AWS CLI's syntax, a "call as" switch between
 * the sandbox's principals, and a time machine. Every command runs through the same gateway as the real AWS CLI.
 *
 * <p>Keys: Enter (or Ctrl+Enter) runs, Shift+Enter adds a line, ArrowUp on the first line and ArrowDown on the last
 * walk through the history. The key events carry the field's value (event data, {@code synchronizeProperty}), so the
 * line that runs is always the line on screen, however fast one types (the field itself syncs only on change).
 */
public class ConsoleWorkbench extends VerticalLayout {

    private static final int KEPT_ENTRIES = 40;
    private static final String NO_MODIFIER = "!event.altKey && !event.metaKey && !event.shiftKey";
    private static final String CARET = "element.inputElement";
    private static final String VALUE = "element.value";
    private static final String DISCARDED = "[discarded]";

    private final SandboxWorkspace workspace;
    private final Sandbox sandbox;
    private final TextArea command = new TextArea("Command");
    private final Select<String> callAs = new Select<>();
    private final Select<String> region = new Select<>();
    private final Div log = new Div();
    private final CommandHistory history = new CommandHistory();
    private final TimeMachine timeMachine;
    /** What the log and the console's secrets were before each command, newest first, for Undo. */
    private final Deque<Before> undoable = new ArrayDeque<>();
    private Consumer<String> beforeRun = line -> { };
    private Runnable solutionCommand;

    private record Before(List<Pre> entries, AwsCliConsole.Memento console) {
    }

    public ConsoleWorkbench(SandboxWorkspace workspace, Sandbox sandbox) {
        this.workspace = workspace;
        this.sandbox = sandbox;
        setPadding(false);
        this.timeMachine = new TimeMachine(workspace::advanceClock, () -> sandbox.clock().instant());
        configureCommandLine();
        // The output right under the command line, so a result lands in view; the time machine after it.
        configureLog();
        add(timeMachine);
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
        region.setLabel("Region");
        region.setItems(regions());
        region.setValue(sandbox.defaultRegion());
        region.setHelperText("Adds --region to aws commands that have none");
        Button run = new Button("Run", e -> runTyped(command.getValue()));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        command.getElement().addEventListener("keydown", e -> runTyped(e.getEventData().get(VALUE).asString()))
                .setFilter("event.key === 'Enter' && !event.shiftKey && !event.isComposing")
                .addEventData(VALUE).preventDefault();
        command.getElement().addEventListener("keydown", e -> history.previous(command.getValue()).ifPresent(this::show))
                .setFilter("event.key === 'ArrowUp' && " + NO_MODIFIER + " && !event.ctrlKey && !element.value"
                        + ".substring(0, " + CARET + ".selectionStart).includes('\\n')")
                .synchronizeProperty("value").preventDefault();
        command.getElement().addEventListener("keydown", e -> history.next().ifPresent(this::show))
                .setFilter("event.key === 'ArrowDown' && " + NO_MODIFIER + " && !event.ctrlKey && !element.value"
                        + ".substring(" + CARET + ".selectionEnd).includes('\\n')")
                .synchronizeProperty("value").preventDefault();
        add(new H3("Console"), command, new HorizontalLayout(FlexComponent.Alignment.BASELINE, run, callAs, region));
    }

    /** The Regions the picker offers: the sandbox's default first, then those the multi-Region lesson uses. */
    private List<String> regions() {
        List<String> out = new ArrayList<>(List.of(sandbox.defaultRegion()));
        for (String r : List.of("us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2")) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Runs what the learner typed, remembers it, and empties the line for the next command. */
    private void runTyped(String line) {
        if (line == null || line.isBlank()) {
            command.focus();
            return;
        }
        history.add(line);
        if (solutionCommand != null && line.strip().equals("lab solution")) {
            solutionCommand.run();
        } else {
            run(line);
        }
        display("");
        command.focus();
    }

    /** Puts a line in the command field (history, a lesson's "Put in console" button), ready to edit or run. */
    public void put(String line) {
        display(line);
        command.focus();
    }

    private void show(String line) {
        display(line);
    }

    /**
     * Sets the field on both sides: the server's copy may lag what the browser shows (it syncs on change), so a plain
     * setValue that equals the stale copy would not reach the browser.
     */
    private void display(String line) {
        command.setValue(line);
        command.getElement().executeJs("this.value = $0", line);
    }

    private void configureLog() {
        log.getElement().setAttribute("role", "log");
        log.getElement().setAttribute("aria-label", "Console output");
        log.setWidthFull();
        add(log);
    }

    /** What {@code lab solution} does in a lesson: show the step's reference solution (no call, no undo entry). */
    public void setSolutionCommand(Runnable show) {
        this.solutionCommand = show;
    }

    /** Called with each command line just before it runs (the lesson view takes an undo snapshot there). */
    public void setBeforeRun(Consumer<String> hook) {
        this.beforeRun = hook;
    }

    /** Runs a command line as the selected principal and shows what the AWS CLI would print. */
    public ConsoleResult run(String line) {
        String effective = line.contains("--profile") || "admin".equals(callAs.getValue())
                ? line.strip() : withProfile(line.strip(), callAs.getValue());
        if (effective.startsWith("aws ") && !effective.contains("--region")
                && !sandbox.defaultRegion().equals(region.getValue())) {
            effective = effective + " --region " + region.getValue();
        }
        beforeRun.accept(effective);
        undoable.push(new Before(log.getChildren().map(c -> (Pre) c).map(ConsoleWorkbench::copy).toList(),
                workspace.memento()));
        while (undoable.size() > UndoHistory.DEPTH) {
            undoable.removeLast();
        }
        ConsoleResult result = workspace.runForDisplay(effective);
        if (!result.redactions().isEmpty()) {
            redact(result.redactions());
        }
        String shown = "$ " + effective + "\n" + result.output();
        for (String secret : result.redactions()) {
            shown = shown.replace(secret, DISCARDED);
        }
        addEntry(shown, !result.ok());
        timeMachine.show();
        fireEvent(new CommandRanEvent(this, result));
        return result;
    }

    /** {@code --profile} goes before a pipe or a redirect, where the AWS CLI reads it. */
    static String withProfile(String line, String profile) {
        int cut = line.length();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && (c == '|' || c == '>')) {
                cut = i;
                break;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        String head = line.substring(0, cut).stripTrailing() + " --profile " + profile;
        return cut == line.length() ? head : head + " " + line.substring(cut);
    }

    /**
     * Takes back what the newest command did to this console: the log as it was (masked keys shown again after an
     * undone {@code lab discard-data-key}) and the console's memory of secrets. Returns false when nothing is left.
     */
    public boolean undoLast() {
        Before before = undoable.poll();
        if (before == null) {
            return false;
        }
        workspace.restore(before.console());
        log.removeAll();
        before.entries().forEach(log::add);
        return true;
    }

    private static Pre copy(Pre entry) {
        Pre copy = new Pre(entry.getText());
        entry.getClassNames().forEach(copy::addClassName);
        return copy;
    }

    /** Adds a line of the lab's own to the log (e.g. what Undo did), marked as not from a command. */
    public void note(String text) {
        addEntry("# " + text, false);
        timeMachine.show();
    }

    /** Empties the log (the lesson was reset). */
    public void clearLog() {
        log.removeAll();
        undoable.clear();
        timeMachine.show();
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
        // Below a long step the newest result can land under the fold: bring it into view, moving no more than needed,
        // two frames on, when the page has settled (Vaadin's scrollIntoView, run at once, did not hold in Chromium).
        entry.getElement().executeJs("requestAnimationFrame(() => requestAnimationFrame(() => "
                + "this.isConnected && this.scrollIntoView({block: 'nearest'})))");
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
        display(typed);
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
}
