package org.kmslab.ui.present;

import com.vaadin.flow.component.Html;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Command text for the projector, as HTML that wraps only between tokens: each run of non-space characters (an
 * option, its value, a file name) is one {@value #TOKEN_CLASS} span that the stylesheet keeps whole, so
 * {@code --plaintext} never breaks after a hyphen. The characters stay exactly the command's own (plain ASCII
 * hyphens, spaces and line breaks between the spans), so a command copied off the page is still a real command. Only
 * a token longer than a whole line breaks inside, rather than run out of its box.
 */
final class CommandText {

    /** The class of a token's span. */
    static final String TOKEN_CLASS = "kmslab-token";

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Map<String, String> TOKEN_ATTRIBUTES = Map.of("class", TOKEN_CLASS);

    private CommandText() {}

    /** Writes {@code text}, escaped, with its tokens in spans and its white space as it is. */
    static void write(String text, HtmlWriter html) {
        Matcher token = TOKEN.matcher(text);
        int end = 0;
        while (token.find()) {
            html.text(text.substring(end, token.start()));
            html.tag("span", TOKEN_ATTRIBUTES);
            html.text(token.group());
            html.tag("/span");
            end = token.end();
        }
        html.text(text.substring(end));
    }

    /** A list item (an answer, a line of the demo log) of command text; an error item has the error class. */
    static Html item(String text, boolean error) {
        StringBuilder out = new StringBuilder();
        HtmlWriter html = new HtmlWriter(out);
        html.tag("li", error ? Map.of("class", "kmslab-error") : Map.of());
        write(text, html);
        html.tag("/li");
        return new Html(out.toString());
    }
}
