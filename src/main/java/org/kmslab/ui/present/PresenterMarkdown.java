package org.kmslab.ui.present;

import com.vaadin.flow.component.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders step prose and speaker notes. Raw HTML in Markdown is escaped, never executed. */
final class PresenterMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private PresenterMarkdown() {}

    static Html render(String markdown) {
        return new Html("<div class=\"kmslab-step-body\">" + RENDERER.render(PARSER.parse(markdown)) + "</div>");
    }
}
