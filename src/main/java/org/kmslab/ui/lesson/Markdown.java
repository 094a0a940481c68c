package org.kmslab.ui.lesson;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders lesson Markdown to a Vaadin component. Raw HTML in Markdown is escaped, never executed. */
final class Markdown {

    /** The class of the element that holds a step's prose. */
    static final String BODY_CLASS = "kmslab-step-body";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    /**
     * Rendered lesson prose, shared by every session: lessons are read-only content, so each text is parsed once,
     * not on every step a learner opens. Bounded, in case a caller ever passes text that is not lesson content.
     */
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();
    private static final int MAX_RENDERED = 2048;

    private Markdown() {}

    static Html render(String markdown) {
        return new Html("<div class=\"" + BODY_CLASS + "\">" + body(markdown) + "</div>");
    }

    /** The Markdown as escaped, sanitized HTML, for the inside of a {@link #BODY_CLASS} element. */
    static String body(String markdown) {
        String html = RENDERED.get(markdown);
        if (html == null) {
            html = RENDERER.render(PARSER.parse(markdown));
            if (RENDERED.size() < MAX_RENDERED) {
                RENDERED.putIfAbsent(markdown, html);
            }
        }
        return html;
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** One block of a parsed document as escaped, sanitized HTML. */
    static String html(Node node) {
        return RENDERER.render(node);
    }
}
