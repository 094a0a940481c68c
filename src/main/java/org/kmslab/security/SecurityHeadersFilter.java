package org.kmslab.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers on every answer, pages and wire calls alike, before anything else writes.
 *
 * <p>The policy is as tight as Vaadin Flow allows: Flow's bootstrap page carries inline scripts and its client runs
 * server-sent JavaScript ({@code executeJs}, {@code Page.addJsModule}) through {@code new Function}, so
 * {@code script-src} needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} in production as in development, and
 * Lumo and the web components set inline styles. Everything is same-origin ({@code 'self'} also admits the push
 * WebSocket); images may be {@code data:} URLs (the classroom QR code). Nothing may frame the app.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CSP = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
