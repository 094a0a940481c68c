package org.kmslab.ui.lesson;

import com.vaadin.flow.component.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders lesson Markdown to a Vaadin component. Raw HTML in Markdown is escaped, never executed. */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {}

    static Html render(String markdown) {
        return new Html("<div class=\"kmslab-step-body\">" + RENDERER.render(PARSER.parse(markdown)) + "</div>");
    }
}
