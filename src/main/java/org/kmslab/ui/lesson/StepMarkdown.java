package org.kmslab.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * A step's Markdown with its commands made usable: every command in a fenced code block (and a hint that is a
 * command) gets a labelled "Put in console" button that copies it into the console's command line, where the
 * learner fills in the {@code <placeholders>} and runs it. A command continued with a trailing backslash is one
 * command. Blocks that are not commands (JSON, error output) render as they are.
 */
final class StepMarkdown {

    private static final Pattern COMMAND = Pattern.compile("^(aws|lab|printf|echo) .*", Pattern.DOTALL);

    private StepMarkdown() {}

    /** The step's prose; with {@code put} null (no console) it renders exactly as {@link Markdown} does. */
    static Component render(String markdown, Consumer<String> put) {
        if (put == null) {
            return Markdown.render(markdown);
        }
        Div body = new Div();
        body.addClassName("kmslab-step-body");
        StringBuilder prose = new StringBuilder();
        for (Node node = Markdown.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            List<String> commands = node instanceof FencedCodeBlock code ? commandsOf(code.getLiteral()) : List.of();
            if (commands.isEmpty()) {
                prose.append(Markdown.html(node));
                continue;
            }
            flush(prose, body);
            body.add(commands(commands, put));
        }
        flush(prose, body);
        return body;
    }

    /** A hint: a command gets its button, prose renders as Markdown. */
    static Component hint(String hint, Consumer<String> put) {
        String text = hint.strip();
        if (put != null && COMMAND.matcher(text).matches() && !text.contains("`")) {
            return commands(List.of(text), put);
        }
        return Markdown.render(hint);
    }

    /** Commands as a code block, one row each, with their buttons. */
    static Component commands(List<String> commands, Consumer<String> put) {
        Div block = new Div();
        block.addClassName("kmslab-code");
        for (String command : commands) {
            Pre line = new Pre(command);
            line.addClassName("kmslab-code-line");
            Div row = new Div(line);
            row.addClassName("kmslab-code-row");
            if (put != null) {
                Button button = new Button("Put in console", e -> put.accept(oneLine(command)));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                button.getElement().setAttribute("aria-label", "Put in console: " + firstWords(command));
                row.add(button);
            }
            block.add(row);
        }
        return block;
    }

    /** The commands of a code block, continuation lines joined; empty when the block is not only commands. */
    static List<String> commandsOf(String literal) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : literal.strip().split("\n")) {
            current.append(current.isEmpty() ? "" : "\n").append(line);
            if (!line.endsWith("\\")) {
                commands.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            commands.add(current.toString());
        }
        return commands.stream().allMatch(c -> COMMAND.matcher(c).matches()) ? commands : List.of();
    }

    /** A continued command as one line, as the console's single-line history keeps it. */
    static String oneLine(String command) {
        return command.replaceAll("\\\\\\n\\s*", "");
    }

    private static String firstWords(String command) {
        String line = oneLine(command);
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }

    private static void flush(StringBuilder prose, Div body) {
        if (!prose.isEmpty()) {
            body.add(new Html("<div>" + prose + "</div>"));
            prose.setLength(0);
        }
    }
}
