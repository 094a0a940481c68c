package org.kmslab.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.cluster.SandboxOwnership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cluster mode: sends a wire call to the instance that owns its sandbox, byte for byte, and hands back its answer,
 * so the call runs on the one engine of that sandbox and animates in the browser tabs on that instance. Without a
 * cluster, or when this instance owns (or has just taken over) the sandbox, the call is served here.
 *
 * <p>An owner that refuses the connection has died before the call reached it: the call waits for the owner's lease
 * to run out and for this instance to take the sandbox over (nothing acknowledged is lost: every change was saved
 * before its answer). An owner that dies during the call may or may not have run it, so the answer is then a
 * retryable {@code KMSInternalException}, never a success.
 */
final class WireRouting {

    /** Marks a forwarded call (with the sender's instance id), so it is never forwarded twice. */
    static final String FORWARDED_BY = "X-KmsLab-Forwarded-By";
    /** The Host the client signed, since the forwarded request goes to another host. */
    static final String FORWARDED_HOST = "X-KmsLab-Forwarded-Host";
    /** On the answer to a forwarded call that reached an instance which no longer owns the sandbox. */
    static final String NOT_OWNER = "X-KmsLab-Not-Owner";
    private static final String NOT_OWNER_MESSAGE = "This KMS Lab instance no longer holds your sandbox. Try again.";

    private static final Logger LOG = LoggerFactory.getLogger(WireRouting.class);
    private static final Set<String> NOT_COPIED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "keep-alive", "transfer-encoding", "te", "http2-settings", FORWARDED_BY.toLowerCase(Locale.ROOT),
            FORWARDED_HOST.toLowerCase(Locale.ROOT));
    private static final Pattern TYPE = Pattern.compile("\"__type\"\\s*:\\s*\"([^\"]*)\"");

    private final SandboxOwnership ownership;
    private final HttpClient http;

    /** @param ownership the cluster's, or null on a single instance (every call is served here) */
    WireRouting(SandboxOwnership ownership) {
        this.ownership = ownership;
        this.http = ownership == null ? null : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** The answer of the sandbox's owner elsewhere, or empty when the call is to be served here. */
    Optional<GatewayResponse> elsewhere(HttpServletRequest request, byte[] body, Sandbox sandbox) {
        if (ownership == null) {
            return Optional.empty();
        }
        boolean forwarded = request.getHeader(FORWARDED_BY) != null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Optional<SandboxOwnership.Route> route = ownership.route(sandbox, forwarded);
            if (route.isEmpty()) {
                return Optional.of(forwarded ? notOwner()
                        : retry("Your sandbox is moving between KMS Lab instances. Try again."));
            }
            if (route.get().forwardTo().isEmpty()) {
                return Optional.empty();
            }
            try {
                Optional<GatewayResponse> answer = forward(route.get().forwardTo().get(), request, body);
                if (answer.isPresent()) {
                    return answer;
                }
                // The instance we took for the owner let go of the sandbox and did not run the call: ask again.
                ownership.forgetOwner(sandbox.accountId());
                if (System.nanoTime() > deadline) {
                    return Optional.of(retry("Your sandbox is moving between KMS Lab instances. Try again."));
                }
            } catch (ConnectException gone) {
                ownership.forgetOwner(sandbox.accountId());
                if (System.nanoTime() > deadline) {
                    return Optional.of(retry("The KMS Lab instance that holds your sandbox does not answer. "
                            + "Try again."));
                }
                pause();
            } catch (IOException e) {
                LOG.warn("Forwarding a wire call for {} failed: {}", sandbox.accountId(), e.toString());
                return Optional.of(retry("The KMS Lab instance that held your sandbox stopped during the call; "
                        + "it may or may not have run. Try again."));
            }
        }
    }

    /** True for {@link #notOwner()}'s answer, which {@link KmsWireFilter} marks with the {@link #NOT_OWNER} header. */
    static boolean isNotOwner(GatewayResponse answer) {
        return NOT_OWNER_MESSAGE.equals(answer.errorMessage());
    }

    /** A forwarded call reached an instance that no longer owns the sandbox; the call did not run. */
    private static GatewayResponse notOwner() {
        return GatewayResponse.error(500, "KMSInternalException", NOT_OWNER_MESSAGE, UUID.randomUUID().toString());
    }

    /** The owner's answer, or empty when the instance answered that it is not the owner (the call did not run). */
    private Optional<GatewayResponse> forward(String ownerUrl, HttpServletRequest request, byte[] body)
            throws IOException {
        String query = request.getQueryString();
        HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(ownerUrl + request.getRequestURI()
                        + (query == null ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(60))
                .method(request.getMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : Collections.list(request.getHeaders(name))) {
                    out.header(name, value);
                }
            }
        }
        String host = request.getHeader("Host");
        if (host != null) {
            out.header(FORWARDED_HOST, host);
        }
        out.header(FORWARDED_BY, ownership.instanceId());
        HttpResponse<String> answer;
        try {
            answer = http.send(out.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (answer.headers().firstValue(NOT_OWNER).isPresent()) {
            return Optional.empty();
        }
        String requestId = answer.headers().firstValue("x-amzn-RequestId").orElseGet(() -> UUID.randomUUID().toString());
        String errorType = null;
        if (answer.statusCode() != 200) {
            Matcher m = TYPE.matcher(answer.body());
            errorType = m.find() ? m.group(1) : "KMSInternalException";
        }
        return Optional.of(new GatewayResponse(answer.statusCode(), answer.body(), errorType, null, requestId));
    }

    private static GatewayResponse retry(String message) {
        return GatewayResponse.error(500, "KMSInternalException", message, UUID.randomUUID().toString());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
