package org.kmslab.ui.lesson;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders lesson Markdown to a Vaadin component. Raw HTML in Markdown is escaped, never executed. */
final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    private Markdown() {}

    static Html render(String markdown) {
        return new Html("<div class=\"kmslab-step-body\">" + RENDERER.render(PARSER.parse(markdown)) + "</div>");
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** One block of a parsed document as escaped, sanitized HTML. */
    static String html(Node node) {
        return RENDERER.render(node);
    }
}
