package org.kmslab.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.KmsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * AWS KMS's JSON 1.1 interface in front of an engine, with no HTTP in sight: give it an operation name such as
 * {@code "Encrypt"} and the request body AWS would receive ({@code {"KeyId":"alias/x","Plaintext":"aGk="}}), get back
 * what AWS would answer. The wire protocol filter and the in-browser console both call it, so a command typed in the
 * console and the same command sent by the AWS CLI run the same code and produce the same event.
 *
 * <p>Contract: {@code invoke} never throws for bad input. Unknown operations give {@code UnknownOperationException},
 * AWS operations the engine lacks give {@code UnsupportedOperationException}, malformed JSON, wrong member types and
 * bad base64 give {@code SerializationException} (the engine is not called, so no event and no state change), engine
 * errors give their AWS name and message, and anything else (a bug) gives a logged 500
 * {@code KMSInternalException}, as does a change the sandbox could not save (it is never acknowledged). Unknown members are ignored. Thread-safe and stateless.
 */
@Component
public class KmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(KmsGateway.class);

    private final GatewayRoutes routes = new GatewayRoutes();

    /** Invokes {@code operation} with a JSON body; a null or blank body means {@code {}}. */
    public GatewayResponse invoke(KmsEngine engine, Caller caller, String operation, String jsonBody) {
        return invoke(engine, caller, operation,
                jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8));
    }

    /** Invokes {@code operation} with a parsed JSON body (an object node); null means {@code {}}. */
    public GatewayResponse invoke(KmsEngine engine, Caller caller, String operation, JsonNode body) {
        return invoke(engine, caller, operation, body == null ? null : body.toString());
    }

    /** Invokes {@code operation} with the UTF-8 bytes of a JSON body, as they came off the wire. */
    public GatewayResponse invoke(KmsEngine engine, Caller caller, String operation, byte[] jsonBody) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(caller, "caller");
        GatewayRoutes.Route<?> route = operation == null ? null : routes.find(operation);
        if (route == null) {
            return unrouted(operation, newRequestId());
        }
        Record request;
        try {
            request = RequestReader.read(jsonBody, route.requestType());
        } catch (RequestReader.UnreadableRequestException e) {
            return GatewayResponse.error("SerializationException", e.getMessage(), newRequestId());
        }
        return call(engine, caller, route, request);
    }

    /** The operations this gateway performs, sorted by name. */
    public SortedSet<String> operations() {
        return new TreeSet<>(routes.all().keySet());
    }

    /** True when {@code operation} is one this gateway performs. */
    public boolean supports(String operation) {
        return routes.find(operation) != null;
    }

    /** The engine request record an operation's JSON body is read into, e.g. {@code EncryptRequest} for Encrypt. */
    public Optional<Class<? extends Record>> requestType(String operation) {
        return Optional.ofNullable(routes.find(operation)).map(GatewayRoutes.Route::requestType);
    }

    /** Every operation name of the AWS KMS API, whether or not this gateway performs it yet. */
    public List<String> awsOperations() {
        return GatewayRoutes.AWS_OPERATIONS;
    }

    private GatewayResponse unrouted(String operation, String requestId) {
        if (operation != null && GatewayRoutes.AWS_OPERATIONS.contains(operation)) {
            return GatewayResponse.error("UnsupportedOperationException",
                    "KMS Lab does not support " + operation + " yet.", requestId);
        }
        return GatewayResponse.error("UnknownOperationException",
                "KMS has no operation named " + (operation == null || operation.isBlank() ? "(none)" : operation)
                        + ".", requestId);
    }

    /**
     * A request id for an answer the engine gave none (it did not run the call). Drawn only then: from
     * {@code SecureRandom}, it cost about a microsecond when every call drew one.
     */
    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    private GatewayResponse call(KmsEngine engine, Caller caller, GatewayRoutes.Route<?> route, Record request) {
        RequestIdCapture capture = new RequestIdCapture(Thread.currentThread());
        engine.addListener(capture);
        SaveFailures.clear();
        try {
            Object result = route.run(engine, caller, request);
            if (SaveFailures.take()) {
                // The change happened in memory but is not durable: never acknowledge it.
                return GatewayResponse.error(500, "KMSInternalException",
                        "The change could not be saved. Try again.", capture.requestIdOrNew());
            }
            String body = result == null ? "{}" : AwsJson.MAPPER.writeValueAsString(result);
            return GatewayResponse.success(body, capture.requestIdOrNew());
        } catch (KmsException e) {
            return GatewayResponse.error(e.errorCode(), e.getMessage(), capture.requestIdOrNew());
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly", route.operation(), e);
            return GatewayResponse.error(500, "KMSInternalException", "An internal error occurred.",
                    capture.requestIdOrNew());
        } finally {
            engine.removeListener(capture);
        }
    }

    /**
     * Remembers the request id of the API-call event the engine publishes for this call. Events are delivered
     * synchronously on the calling thread, so the thread tells our event apart from a concurrent caller's.
     */
    private static final class RequestIdCapture implements Consumer<EngineEvent> {
        private final Thread thread;
        private volatile String requestId;

        RequestIdCapture(Thread thread) {
            this.thread = thread;
        }

        @Override
        public void accept(EngineEvent event) {
            if (Thread.currentThread() == thread && event.eventType() == EventType.AWS_API_CALL) {
                requestId = event.requestId();
            }
        }

        String requestIdOrNew() {
            String id = requestId;
            return id == null ? newRequestId() : id;
        }
    }
}
