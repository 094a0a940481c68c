package org.kmslab.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each browser a secret token: 256 random bits in a long-lived, HTTP-only cookie, which finds the browser's own
 * sandbox again across reloads, tabs and restarts ({@code org.kmslab.sandbox.BrowserSandboxes}; the server keeps only
 * its hash). Unlike the learner id of {@code ui.progress.LearnerCookie}, the token is a bearer secret: whoever holds it
 * works in that sandbox. Wire calls (the AWS CLI) and the app's {@code /api/} never get one: they sign with
 * credentials instead.
 *
 * <p>The token is read while the page's first HTTP request is at hand (a UI is made then) and kept in the Vaadin
 * session, because later round trips may come over the push WebSocket, where the request attribute is missing.
 */
@Component
public class BrowserToken extends OncePerRequestFilter implements VaadinServiceInitListener {

    public static final String NAME = "kmslab-browser";
    private static final String ATTRIBUTE = BrowserToken.class.getName();
    private static final LongLivedCookie COOKIE = new LongLivedCookie(NAME, Pattern.compile("[A-Za-z0-9_-]{43}"));
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader("X-Amz-Target") != null
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = COOKIE.read(request).orElseGet(() -> {
            String fresh = fresh();
            COOKIE.write(request, response, fresh);
            return fresh;
        });
        request.setAttribute(ATTRIBUTE, token);
        chain.doFilter(request, response);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> current());
    }

    /** This browser's token, remembered in the Vaadin session; empty outside a browser's request or session. */
    public static Optional<String> current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object remembered = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (remembered instanceof String token) {
            return Optional.of(token);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Object fromCookie = request == null ? null : request.getAttribute(ATTRIBUTE);
        if (fromCookie instanceof String token) {
            if (session != null) {
                session.setAttribute(ATTRIBUTE, token);
            }
            return Optional.of(token);
        }
        return Optional.empty();
    }

    /** 32 bytes from {@link SecureRandom}, base64url without padding (43 characters). */
    static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
