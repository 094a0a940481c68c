package org.kmslab.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;

/**
 * What {@link KmsGateway} answers: the AWS JSON 1.1 body and the HTTP status AWS would send, plus the error type and
 * message pulled out for display. A success has status 200 and a result body (at least {@code {}}); an error has
 * status 400 (500 for {@code KMSInternalException}) and the body {@code {"__type":"...","message":"..."}}.
 *
 * @param httpStatus   200, 400, 413 or 500
 * @param body         the compact JSON text, exactly what goes on the wire
 * @param errorType    the AWS exception name ({@code __type}), or null on success
 * @param errorMessage the error's message, or null (some AWS errors, e.g. InvalidCiphertextException, have none)
 * @param requestId    the engine event's request id when the engine ran the call, else a fresh UUID
 */
public record GatewayResponse(int httpStatus, String body, String errorType, String errorMessage, String requestId) {

    /** The AWS JSON 1.1 content type of every body. */
    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    /** Errors whose message member AWS spells with a capital M (recorded by local-kms). */
    private static final Set<String> CAPITAL_MESSAGE = Set.of("AccessDeniedException", "UnsupportedOperationException");

    public GatewayResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** True when the call succeeded. */
    public boolean ok() {
        return errorType == null;
    }

    /** The body indented for people, as the AWS CLI prints it. */
    public String prettyBody() {
        try {
            return AwsJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(AwsJson.MAPPER.readTree(body));
        } catch (JacksonException e) {
            return body;
        }
    }

    /** A success carrying the given JSON body. */
    static GatewayResponse success(String body, String requestId) {
        return new GatewayResponse(200, body, null, null, requestId);
    }

    /**
     * An AWS-shaped error. {@code message} may be null or empty, in which case the body has no message member (as
     * AWS sends InvalidCiphertextException).
     */
    public static GatewayResponse error(int httpStatus, String errorType, String message, String requestId) {
        Objects.requireNonNull(errorType, "errorType");
        Map<String, String> json = new LinkedHashMap<>();
        json.put("__type", errorType);
        if (message != null && !message.isEmpty()) {
            json.put(CAPITAL_MESSAGE.contains(errorType) ? "Message" : "message", message);
        }
        String text = AwsJson.MAPPER.writeValueAsString(json);
        return new GatewayResponse(httpStatus, text, errorType, message == null || message.isEmpty() ? null : message,
                requestId);
    }

    /** A 400 error, the status of nearly every AWS KMS error. */
    public static GatewayResponse error(String errorType, String message, String requestId) {
        return error(statusOf(errorType), errorType, message, requestId);
    }

    /** The HTTP status AWS's service model gives an error type. */
    static int statusOf(String errorType) {
        return switch (errorType) {
            case "KMSInternalException", "KeyUnavailableException" -> 500;
            case "DependencyTimeoutException" -> 503;
            default -> 400;
        };
    }
}
