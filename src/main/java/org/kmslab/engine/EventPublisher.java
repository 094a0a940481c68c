package org.kmslab.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kmslab.engine.internal.ops.Call;
import org.kmslab.engine.internal.ops.EngineCore.ServiceEvent;

/** Builds engine events and hands them to listeners; a failing listener never breaks the call or other listeners. */
final class EventPublisher {

    private final String accountId;
    private final String region;
    private final List<Consumer<EngineEvent>> listeners;

    EventPublisher(String accountId, String region, List<Consumer<EngineEvent>> listeners) {
        this.accountId = accountId;
        this.region = region;
        this.listeners = listeners;
    }

    /** Publishes the call's event and returns its event id (CloudTrail's {@code eventID}). */
    String publishCall(Call call, Instant at, Record request, Record response, KmsException error, long nanos) {
        String eventId = RequestIds.next();
        deliver(new EngineEvent(eventId, call.requestId(), at, call.operation().wire(),
                EventType.AWS_API_CALL, call.caller(), accountId, region, call.keyArn(), EventParams.of(request),
                EventParams.of(response), error == null ? null : error.errorCode(),
                error == null ? null : error.getMessage(), call.keyMaterialId(), call.operation().readOnly(), nanos));
        return eventId;
    }

    void publishServiceEvents(List<ServiceEvent> events) {
        for (ServiceEvent e : events) {
            Map<String, Object> details = e.keyMaterialId() == null ? Map.of("keyId", e.keyArn())
                    : Map.of("keyId", e.keyArn(), "keyMaterialId", e.keyMaterialId());
            deliver(new EngineEvent(RequestIds.next(), RequestIds.next(), e.eventTime(),
                    e.eventName(), EventType.AWS_SERVICE_EVENT, Caller.kmsInternal(accountId), accountId, region,
                    e.keyArn(), details, null, null, null, e.keyMaterialId(), false, 0L));
        }
    }

    private void deliver(EngineEvent event) {
        for (Consumer<EngineEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException ignored) {
                // A listener's failure is its own; the call it observes has already happened.
            }
        }
    }
}
