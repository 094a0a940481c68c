package org.kmslab.ui.lesson;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
 * walk through the history. The browser handles them ({@link CommandLine}): it sends the line on screen and empties
 * the field itself, so a reply never overwrites what the learner typed meanwhile. The output ({@link ConsoleLog})
 * brings its newest entry into view once it is attached and laid out.
 */
public class ConsoleWorkbench extends VerticalLayout {

    private static final int KEPT_ENTRIES = 40;
    private static final String DISCARDED = "[discarded]";

    private final SandboxWorkspace workspace;
    private final Sandbox sandbox;
    private final Select<String> callAs = new Select<>();
    private final Select<String> region = new Select<>();
    private final CommandLine command;
    private final ConsoleLog log = new ConsoleLog();
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
        configurePickers();
        this.command = new CommandLine(this::runTyped, callAs, region);
        // The output right under the command line, so a result lands in view; the time machine after it.
        add(new H3("Console"), command, log, timeMachine);
    }

    private void configurePickers() {
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

    /** Runs a line the learner sent from the command line (the browser has already emptied the field). */
    private void runTyped(String line) {
        if (line == null || line.isBlank()) {
            return;
        }
        if (solutionCommand != null && line.strip().equals("lab solution")) {
            solutionCommand.run();
        } else {
            run(line);
        }
    }

    /** Puts a line in the command field (a lesson's "Put in console" button), ready to edit or run. */
    public void put(String line) {
        command.put(line);
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
        // Newest first: the log brings it into view itself once it is attached and laid out (ConsoleLog).
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
        command.mask(secrets, DISCARDED);
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
