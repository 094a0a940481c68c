package org.kmslab.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ResponseCookie;

/**
 * A cookie that identifies this browser for a long time (400 days, the longest browsers keep one): HTTP-only, sent
 * only to this site's own pages ({@code SameSite=Lax}), {@code Secure} when the page came over HTTPS. A value of any
 * other shape than {@code shape} is ignored, as if the browser had sent none.
 */
public record LongLivedCookie(String name, Pattern shape) {

    private static final Duration LIFETIME = Duration.ofDays(400);

    /** The cookie's value in {@code request}, if it has a well-formed one. */
    public Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> name.equals(c.getName()) && shape.matcher(c.getValue()).matches())
                .map(Cookie::getValue).findFirst();
    }

    /** Asks the browser to keep {@code value} under this cookie's name. */
    public void write(HttpServletRequest request, HttpServletResponse response, String value) {
        response.addHeader("Set-Cookie", ResponseCookie.from(name, value).path("/").httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").maxAge(LIFETIME).build().toString());
    }
}
