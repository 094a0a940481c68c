package org.kmslab.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.kmslab.engine.KmsEngine;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The AWS KMS JSON 1.1 wire protocol on any path: a request carrying {@code X-Amz-Target} (or an
 * {@code application/x-amz-json} body) is answered here and never reaches Vaadin or Spring MVC. The target
 * {@code TrentService.<Operation>} names the operation, SigV4 names the sandbox, principal and Region, and
 * {@link KmsGateway} does the rest.
 *
 * <p>Contract: every answer is {@code application/x-amz-json-1.1} with an {@code x-amzn-RequestId} header; bad
 * input gets an AWS-shaped 4xx, never HTML; a 500 {@code KMSInternalException} means a bug, and is logged. Bodies
 * over {@link #MAX_BODY_BYTES} are refused without being read into memory.
 */
class KmsWireFilter extends OncePerRequestFilter {

    /** The largest body accepted: far above any valid KMS request (a key policy is at most 128 KiB of text). */
    static final int MAX_BODY_BYTES = 1 << 20;
    static final String TARGET_PREFIX = "TrentService.";
    private static final Logger LOG = LoggerFactory.getLogger(KmsWireFilter.class);

    private final KmsGateway gateway;
    private final WireAuthenticator authenticator;
    private final WireThrottle throttle;
    private final WireRouting routing;

    KmsWireFilter(KmsGateway gateway, WireAuthenticator authenticator, WireThrottle throttle) {
        this(gateway, authenticator, throttle, new WireRouting(null));
    }

    KmsWireFilter(KmsGateway gateway, WireAuthenticator authenticator, WireThrottle throttle, WireRouting routing) {
        this.gateway = gateway;
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.routing = routing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isStrayPost(request)) {
            write(response, GatewayResponse.error(404, "UnknownOperationException", "No KMS operation is served at "
                    + abbreviate(request.getRequestURI()) + "; KMS requests name their operation in the X-Amz-Target "
                    + "header.", newId()));
            return;
        }
        if (!isWireRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        GatewayResponse answer;
        try {
            answer = handle(request);
        } catch (BodyTooLargeException e) {
            response.setHeader("Connection", "close");
            answer = GatewayResponse.error(413, "RequestEntityTooLargeException",
                    "The request body is larger than KMS Lab's limit of " + MAX_BODY_BYTES + " bytes.", newId());
        } catch (RuntimeException e) {
            LOG.error("Wire request {} {} failed unexpectedly", request.getMethod(), request.getRequestURI(), e);
            answer = GatewayResponse.error(500, "KMSInternalException", "An internal error occurred.", newId());
        }
        write(response, answer);
    }

    /**
     * Ours when it says it speaks the AWS KMS JSON protocol; everything else is Vaadin's or Spring MVC's. Our own
     * HTTP APIs under {@code /api/} (e.g. the CloudTrail-shaped LookupEvents) may use the AWS JSON content type too,
     * so there only the {@code X-Amz-Target} header claims a request.
     */
    static boolean isWireRequest(HttpServletRequest request) {
        if (request.getHeader("X-Amz-Target") != null) {
            return true;
        }
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-amz-json")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * A POST that neither speaks KMS nor is one of the app's own: not under {@code /api/} (Spring MVC), not Vaadin's
     * (its requests carry a {@code v-r} query parameter or go to {@code /VAADIN/}). Vaadin would answer it with its
     * HTML page and HTTP 200, which a client that mistyped its endpoint or target would take for success.
     */
    static boolean isStrayPost(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || isWireRequest(request)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        boolean vaadin = path.startsWith("/VAADIN/") || query != null
                && (query.startsWith("v-r=") || query.contains("&v-r="));
        return !vaadin && !path.startsWith("/api/");
    }

    private GatewayResponse handle(HttpServletRequest request) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return GatewayResponse.error("UnknownOperationException",
                    "KMS accepts only POST requests; this was " + request.getMethod() + ".", newId());
        }
        String target = request.getHeader("X-Amz-Target");
        if (target == null || target.isBlank()) {
            return GatewayResponse.error("UnknownOperationException",
                    "The X-Amz-Target header is missing; it names the operation, e.g. TrentService.ListKeys.",
                    newId());
        }
        if (!target.startsWith(TARGET_PREFIX)) {
            return GatewayResponse.error("UnknownOperationException",
                    "X-Amz-Target " + abbreviate(target) + " is not a KMS operation; KMS targets start with "
                            + TARGET_PREFIX, newId());
        }
        byte[] body = readBody(request);
        WireIdentity who;
        try {
            who = authenticator.authenticate(request, body);
        } catch (WireAuthException e) {
            return GatewayResponse.error(e.errorType(), e.getMessage(), newId());
        }
        Optional<GatewayResponse> owner = routing.elsewhere(request, body, who.sandbox());
        if (owner.isPresent()) {
            return owner.get();
        }
        String operation = target.substring(TARGET_PREFIX.length());
        KmsEngine engine = who.sandbox().engine(who.region());
        if (!throttle.admit(who.sandbox().accountId(), who.region(), engine, operation, body)) {
            return GatewayResponse.error("ThrottlingException", RequestQuotas.THROTTLED, newId());
        }
        return gateway.invoke(engine, who.caller(), operation, body);
    }

    private static byte[] readBody(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        try (InputStream in = request.getInputStream()) {
            if (declared >= 0) {
                // The usual case: read the declared length straight into the body, no copy and no 8 KiB buffer.
                byte[] body = in.readNBytes((int) declared);
                if (body.length == declared && in.read() == -1) {
                    return body;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
                out.write(body);
                return readRest(in, out);
            }
            return readRest(in, new ByteArrayOutputStream(256));
        }
    }

    /** The rest of {@code in} after what {@code out} holds, up to {@link #MAX_BODY_BYTES} in all. */
    private static byte[] readRest(InputStream in, ByteArrayOutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > MAX_BODY_BYTES) {
                throw new BodyTooLargeException();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void write(HttpServletResponse response, GatewayResponse answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.httpStatus());
        response.setContentType(GatewayResponse.CONTENT_TYPE);
        response.setHeader("x-amzn-RequestId", answer.requestId());
        if (WireRouting.isNotOwner(answer)) {
            response.setHeader(WireRouting.NOT_OWNER, "true");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The body passed {@link #MAX_BODY_BYTES}; reading stopped there. */
    private static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException() {
            super(null, null, false, false);
        }
    }
}
