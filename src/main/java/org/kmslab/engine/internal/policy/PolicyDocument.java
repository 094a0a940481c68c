package org.kmslab.engine.internal.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kmslab.engine.exception.MalformedPolicyDocumentException;

/**
 * A parsed key policy: its statements, each with effect, principals, actions, resources and conditions.
 * Parsing is strict in the places AWS is (a statement needs Effect, Principal and Action). Immutable, so one parse
 * can serve every call that evaluates the same policy text.
 */
record PolicyDocument(List<Statement> statements) {

    /** One statement; {@code anyPrincipal} is {@code "*"} or {@code {"AWS":"*"}}. */
    record Statement(String sid, boolean allow, boolean anyPrincipal, List<String> principals, List<String> actions,
            List<String> resources, Map<String, Map<String, List<String>>> conditions) {
    }

    static PolicyDocument parse(String text) {
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.SyntaxError e) {
            throw malformed();
        }
        if (!(root instanceof Map<?, ?> doc) || !doc.containsKey("Statement")) {
            throw malformed();
        }
        List<Statement> out = new ArrayList<>();
        List<?> raw = doc.get("Statement") instanceof List<?> l ? l : List.of(doc.get("Statement"));
        if (raw.isEmpty()) {
            throw malformed();
        }
        for (int i = 0; i < raw.size(); i++) {
            out.add(statement(raw.get(i), i));
        }
        return new PolicyDocument(List.copyOf(out));
    }

    private static Statement statement(Object o, int index) {
        if (!(o instanceof Map<?, ?> m)) {
            throw malformed();
        }
        Object effect = m.get("Effect");
        if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
            throw malformed();
        }
        Object principal = m.get("Principal");
        boolean any = "*".equals(principal);
        List<String> principals = new ArrayList<>();
        if (principal instanceof Map<?, ?> pm) {
            for (Object v : pm.values()) {
                principals.addAll(strings(v));
            }
            any = principals.contains("*");
        } else if (!any) {
            throw malformed();
        }
        List<String> actions = strings(m.get("Action"));
        if (actions.isEmpty()) {
            throw malformed();
        }
        List<String> resources = m.containsKey("Resource") ? strings(m.get("Resource")) : List.of("*");
        String sid = m.get("Sid") instanceof String s ? s : "Statement[" + index + "]";
        return new Statement(sid, "Allow".equals(effect), any, List.copyOf(principals), actions, resources,
                conditions(m.get("Condition")));
    }

    private static Map<String, Map<String, List<String>>> conditions(Object o) {
        if (o == null) {
            return Map.of();
        }
        if (!(o instanceof Map<?, ?> ops)) {
            throw malformed();
        }
        Map<String, Map<String, List<String>>> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> op : ops.entrySet()) {
            if (!(op.getValue() instanceof Map<?, ?> keys)) {
                throw malformed();
            }
            Map<String, List<String>> k = new java.util.LinkedHashMap<>();
            keys.forEach((key, values) -> k.put(String.valueOf(key), strings(values)));
            out.put(String.valueOf(op.getKey()), java.util.Collections.unmodifiableMap(k));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<String> strings(Object o) {
        if (o instanceof String s) {
            return List.of(s);
        }
        if (o instanceof Boolean b) {
            return List.of(b.toString());
        }
        if (o instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object e : l) {
                if (!(e instanceof String s)) {
                    throw malformed();
                }
                out.add(s);
            }
            return List.copyOf(out);
        }
        if (o == null) {
            return List.of();
        }
        throw malformed();
    }

    static MalformedPolicyDocumentException malformed() {
        return new MalformedPolicyDocumentException("The policy document is malformed.");
    }
}
