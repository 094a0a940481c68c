package org.kmslab.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a request or result record into CloudTrail-style parameters. Promise: binary members (plaintext,
 * ciphertext, keys, MACs, signatures, tokens) are never copied, and neither are the string members listed in
 * {@link #SECRET_STRINGS}; what remains is ids, algorithms, specs, encryption context, dates and counts.
 * Reading record components through their public accessors is the one reflective step, and it is not dispatch.
 */
final class EventParams {

    /** String-typed members that are bearer secrets. */
    private static final Set<String> SECRET_STRINGS = Set.of("grantTokens", "grantToken", "keyStorePassword",
            "rawSecretAccessKey");
    /**
     * The longest string member a valid request has (a key policy, 32 KB). A refused request may carry far more; the
     * event keeps a prefix, so that nobody can fill the audit log with a megabyte per refused call.
     */
    static final int MAX_STRING = 32_768;

    private EventParams() {
    }

    static Map<String, Object> of(Record r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Component c : COMPONENTS.get(r.getClass())) {
            Object v = convert(c.read(r));
            if (v != null) {
                out.put(c.name(), v);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The copyable components of each record class, looked up once: {@code getRecordComponents()} and a fresh
     * accessor {@code Method} on every call cost about a sixth of an Encrypt (docs/benchmarks.md).
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() != byte[].class && !SECRET_STRINGS.contains(c.getName())) {
                    out.add(new Component(c.getName(), c.getAccessor()));
                }
            }
            return List.copyOf(out);
        }
    };

    private record Component(String name, Method accessor) {
        Object read(Record r) {
            try {
                return accessor.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                return null;
            }
        }
    }

    private static Object convert(Object v) {
        if (v instanceof String text && text.length() > MAX_STRING) {
            return text.substring(0, 256) + "... (truncated: " + text.length() + " characters)";
        }
        if (v instanceof Record nested) {
            return of(nested);
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(e -> copy.add(convert(e)));
            return Collections.unmodifiableList(copy);
        }
        if (v instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        return v instanceof byte[] ? null : v;
    }
}
