package org.kmslab.ui.present;

import com.vaadin.flow.component.Html;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders step prose and speaker notes. Raw HTML in Markdown is escaped, never executed. Code, in blocks and inline,
 * is written as {@link CommandText}, so on the projector a command wraps between its options, never inside one.
 */
final class PresenterMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .nodeRendererFactory(CodeRenderer::new).build();

    private PresenterMarkdown() {}

    static Html render(String markdown) {
        return new Html("<div class=\"kmslab-step-body\">" + RENDERER.render(PARSER.parse(markdown)) + "</div>");
    }

    /** Code as commonmark writes it ({@code <pre><code>} for a block, {@code <code>} inline), its text as tokens. */
    private static final class CodeRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        CodeRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class, Code.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case FencedCodeBlock block -> block(block, block.getLiteral());
                case IndentedCodeBlock block -> block(block, block.getLiteral());
                case Code code -> {
                    html.tag("code", context.extendAttributes(code, "code", Map.of()));
                    CommandText.write(code.getLiteral(), html);
                    html.tag("/code");
                }
                default -> throw new IllegalArgumentException("not code: " + node);
            }
        }

        private void block(Node block, String literal) {
            html.line();
            html.tag("pre", context.extendAttributes(block, "pre", Map.of()));
            html.tag("code", context.extendAttributes(block, "code", Map.of()));
            CommandText.write(literal, html);
            html.tag("/code");
            html.tag("/pre");
            html.line();
        }
    }
}
