package org.kmslab.ui.classroom;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;
import tools.jackson.databind.json.JsonMapper;

/**
 * One thing that happened in the live class, as {@link ClassReplica} applies it: on one instance at once, or, in
 * cluster mode, in the order of the shared class log on every instance. Everything random or timed (the code, the
 * learner's token, the time) is decided once, by the instance that wrote the entry, and carried here, so every copy
 * of the class comes out the same. Kept as compact JSON.
 *
 * @param type one of start, move, poll, reveal, close, end, join, follow, position, answer, event
 */
record ClassEntry(String type, String code, String token, String name, String accountId, String lessonId, int step,
        boolean flag, List<Integer> options, long at, Call call) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Request parameters longer than this are not kept: goals match short values (specs, algorithms, ids). */
    private static final int MAX_PARAMETER = 200;

    /** The part of a learner's engine event that the dashboard needs: the goal checker's inputs and the error. */
    record Call(String eventName, String errorCode, String region, String keyArn, Map<String, String> parameters,
            boolean readOnly) {

        EngineEvent toEvent(String accountId, long at) {
            return new EngineEvent(UUID.randomUUID().toString(), null, Instant.ofEpochMilli(at), eventName,
                    EventType.AWS_API_CALL, Caller.root(accountId, CallSource.WIRE), accountId, region, keyArn,
                    Map.copyOf(parameters), null, errorCode, null, null, readOnly, 0);
        }
    }

    static ClassEntry start(String code, Instant at) {
        return new ClassEntry("start", code, null, null, null, null, 0, false, null, at.toEpochMilli(), null);
    }

    static ClassEntry move(String lessonId, int step) {
        return new ClassEntry("move", null, null, null, null, lessonId, step, false, null, 0, null);
    }

    static ClassEntry poll(String questionId) {
        return new ClassEntry("poll", null, null, null, null, questionId, 0, false, null, 0, null);
    }

    static ClassEntry plain(String type) {
        return new ClassEntry(type, null, null, null, null, null, 0, false, null, 0, null);
    }

    static ClassEntry join(String code, String token, String name, String accountId, Instant at) {
        return new ClassEntry("join", code, token, name, accountId, null, 0, false, null, at.toEpochMilli(), null);
    }

    static ClassEntry follow(String token, boolean following) {
        return new ClassEntry("follow", null, token, null, null, null, 0, following, null, 0, null);
    }

    static ClassEntry position(String token, String lessonId, int step, Instant at) {
        return new ClassEntry("position", null, token, null, null, lessonId, step, false, null, at.toEpochMilli(),
                null);
    }

    static ClassEntry answer(String token, Set<Integer> options) {
        return new ClassEntry("answer", null, token, null, null, null, 0, false, List.copyOf(options), 0, null);
    }

    static ClassEntry event(String token, EngineEvent event) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (event.requestParameters() != null) {
            event.requestParameters().forEach((name, value) -> {
                String text = String.valueOf(value);
                if (text.length() <= MAX_PARAMETER) {
                    parameters.put(name, text);
                }
            });
        }
        return new ClassEntry("event", null, token, null, event.accountId(), null, 0, false, null,
                event.eventTime().toEpochMilli(), new Call(event.eventName(), event.errorCode(), event.region(),
                        event.keyArn(), parameters, event.readOnly()));
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static ClassEntry fromJson(String json) {
        return JSON.readValue(json, ClassEntry.class);
    }
}
