package org.kmslab.ui.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;

/**
 * How learners reach a class: the join address ({@code kmslab.public-url}, else the address of the request at hand),
 * the code in large type and a QR code, as one block for the instructor's console and the projector screen. Server
 * push has no request, so views take {@link #base()} when they are entered.
 */
@org.springframework.stereotype.Component
public class JoinInfo {

    private final String publicUrl;

    JoinInfo(@Value("${kmslab.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The join block for a class code; {@code base} is {@link #base()}, taken while a request was at hand. */
    static Component block(String base, String code) {
        String url = base + "/class?code=" + code;
        Span big = new Span(code);
        big.addClassName("kmslab-join-code");
        big.getElement().setAttribute("aria-label", "Join code " + String.join(" ", code.split("")));
        Image qr = new Image(QrCode.dataUrl(url), "QR code that opens " + url + " (join code " + code + ")");
        qr.addClassName("kmslab-qr");
        Div text = new Div(new Paragraph("Join at " + base + "/class with the code"), big,
                new Paragraph("or scan the QR code. No account needed."));
        Div block = new Div(qr, text);
        block.addClassName("kmslab-join");
        return block;
    }

    /** Where learners open the app: {@code kmslab.public-url}, else this request's own address. */
    String base() {
        if (!publicUrl.isBlank()) {
            return publicUrl.replaceAll("/+$", "");
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }
}
