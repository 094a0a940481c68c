package org.kmslab.ui.progress;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.kmslab.ui.LongLivedCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each browser a learner id: a random UUID in a long-lived, HTTP-only cookie, so progress saved on the server
 * finds its learner again after the browser or the server restarts. The id is no secret and no account: it only
 * keys progress. Every request carries the id in the request attribute {@link #ATTRIBUTE}.
 */
@Component
public class LearnerCookie extends OncePerRequestFilter {

    public static final String NAME = "kmslab-learner";
    public static final String ATTRIBUTE = LearnerCookie.class.getName();
    private static final LongLivedCookie COOKIE = new LongLivedCookie(NAME,
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = COOKIE.read(request).orElseGet(() -> {
            String fresh = UUID.randomUUID().toString();
            COOKIE.write(request, response, fresh);
            return fresh;
        });
        request.setAttribute(ATTRIBUTE, id);
        chain.doFilter(request, response);
    }
}
