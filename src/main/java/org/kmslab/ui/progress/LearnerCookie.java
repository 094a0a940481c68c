package org.kmslab.ui.progress;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.ResponseCookie;
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
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Duration LIFETIME = Duration.ofDays(400);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = read(request).orElseGet(() -> {
            String fresh = UUID.randomUUID().toString();
            response.addHeader("Set-Cookie", ResponseCookie.from(NAME, fresh).path("/").httpOnly(true)
                    .sameSite("Lax").maxAge(LIFETIME).build().toString());
            return fresh;
        });
        request.setAttribute(ATTRIBUTE, id);
        chain.doFilter(request, response);
    }

    private static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> NAME.equals(c.getName()) && UUID_SHAPE.matcher(c.getValue()).matches())
                .map(Cookie::getValue).findFirst();
    }
}
