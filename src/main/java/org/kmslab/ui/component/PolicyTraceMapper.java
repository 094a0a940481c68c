package org.kmslab.ui.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kmslab.engine.api.PolicyDecision;
import tools.jackson.databind.JsonNode;

/**
 * Puts the engine's {@link PolicyDecision} trace next to the key policy's statements. The engine writes one line per
 * statement it examined, in policy order ({@code <sid> (Allow|Deny): applies} or {@code ...: does not apply, <why>}),
 * and one per grant ({@code grant <id>: ...}); it checks Action, Resource, Principal, then Condition and stops at
 * the first mismatch, so the elements before the failing one matched and those after it were not checked. Statements
 * after an explicit Deny are never examined.
 */
final class PolicyTraceMapper {

    private static final Pattern STATEMENT = Pattern.compile("^(.*) \\((Allow|Deny)\\): (applies.*|does not apply, (.*))$");
    private static final Pattern GRANT = Pattern.compile("^grant (\\S+): (.*)$");
    private static final List<String> ORDER = List.of("Action", "Resource", "Principal", "Condition");

    private PolicyTraceMapper() {
    }

    static PolicyTrace.Evaluation map(PolicyDecision d, String action, String principalArn, String keyArn,
            String policyJson) {
        List<JsonNode> written = statements(policyJson);
        List<PolicyTrace.StatementResult> out = new ArrayList<>();
        int next = 0;
        for (String line : d.trace()) {
            Matcher g = GRANT.matcher(line);
            Matcher s = STATEMENT.matcher(line);
            if (g.matches()) {
                boolean allows = g.group(2).startsWith("allows");
                String sid = "grant " + g.group(1);
                out.add(new PolicyTrace.StatementResult(sid, "Grant", principalArn, null, keyArn, null, true, allows,
                        sid.equals(d.decidedBy()), List.of(new PolicyTrace.Check("Action", allows, g.group(2)))));
            } else if (s.matches()) {
                JsonNode st = next < written.size() ? written.get(next) : null;
                next++;
                boolean applies = s.group(4) == null;
                out.add(new PolicyTrace.StatementResult(s.group(1), s.group(2), text(st, "Principal"),
                        text(st, "Action"), text(st, "Resource"), text(st, "Condition"), true, applies,
                        s.group(1).equals(d.decidedBy()), checks(applies, s.group(4), st)));
            }
        }
        for (int i = next; i < written.size(); i++) {
            JsonNode st = written.get(i);
            String sid = st.hasNonNull("Sid") ? st.get("Sid").asString() : "Statement[" + i + "]";
            out.add(new PolicyTrace.StatementResult(sid, text(st, "Effect"), text(st, "Principal"), text(st, "Action"),
                    text(st, "Resource"), text(st, "Condition"), false, false, false, List.of()));
        }
        return new PolicyTrace.Evaluation(action, principalArn, keyArn, decision(d.decision()), reason(d), out);
    }

    private static List<PolicyTrace.Check> checks(boolean applies, String reason, JsonNode st) {
        boolean hasCondition = st != null && st.hasNonNull("Condition");
        List<PolicyTrace.Check> checks = new ArrayList<>();
        Map<String, String> why = Map.of("Action", "covers the requested action",
                "Resource", "covers this key", "Principal", "includes the caller", "Condition", "every condition holds");
        String failing = applies ? null : failingElement(reason);
        for (String element : ORDER) {
            if (element.equals(failing)) {
                checks.add(new PolicyTrace.Check(element, false, reason));
                break;
            }
            if (element.equals("Condition") && !hasCondition) {
                break;
            }
            checks.add(new PolicyTrace.Check(element, true, why.get(element)));
        }
        return checks;
    }

    private static String failingElement(String why) {
        if (why.startsWith("action")) {
            return "Action";
        }
        if (why.startsWith("resource")) {
            return "Resource";
        }
        if (why.startsWith("principal") || why.startsWith("account root")) {
            return "Principal";
        }
        return "Condition";
    }

    private static PolicyTrace.Decision decision(PolicyDecision.Decision d) {
        return switch (d) {
            case ALLOW -> PolicyTrace.Decision.ALLOW;
            case EXPLICIT_DENY -> PolicyTrace.Decision.EXPLICIT_DENY;
            case IMPLICIT_DENY -> PolicyTrace.Decision.IMPLICIT_DENY;
        };
    }

    private static String reason(PolicyDecision d) {
        return switch (d.decision()) {
            case ALLOW -> d.decidedBy() + " allows the request.";
            case EXPLICIT_DENY -> d.decidedBy() + " denies the request, and an explicit Deny always wins.";
            case IMPLICIT_DENY -> "No statement or grant allows the request, so it is denied by default.";
        };
    }

    private static List<JsonNode> statements(String policyJson) {
        if (policyJson == null || policyJson.isBlank()) {
            return List.of();
        }
        JsonNode s = Visualizers.JSON.readTree(policyJson).path("Statement");
        List<JsonNode> out = new ArrayList<>();
        if (s.isArray()) {
            s.forEach(out::add);
        } else if (s.isObject()) {
            out.add(s);
        }
        return out;
    }

    private static String text(JsonNode statement, String member) {
        if (statement == null || !statement.hasNonNull(member)) {
            return null;
        }
        JsonNode v = statement.get(member);
        return v.isString() ? v.asString() : v.toString();
    }
}
