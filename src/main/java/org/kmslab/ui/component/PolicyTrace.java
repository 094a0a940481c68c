package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kmslab.engine.api.PolicyDecision;

/**
 * How a key policy decided one request ({@code frontend/policy-trace.js}): each statement with whether it matched
 * and why, and the decision (an explicit Deny wins, else an Allow, else implicit deny). The element's input is
 * {@link Evaluation}; {@link #setDecision} builds it from the engine's {@link PolicyDecision} and the key policy.
 */
@Tag("kms-policy-trace")
public class PolicyTrace extends Component implements AnimatedVisualizer {

    /** The outcome of evaluating a request against a key policy. */
    public enum Decision {
        ALLOW("Allow"), EXPLICIT_DENY("ExplicitDeny"), IMPLICIT_DENY("ImplicitDeny");

        private final String wire;

        Decision(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /** One policy element of a statement checked against the request; element is Principal, Action, Resource or Condition. */
    public record Check(String element, boolean matched, String detail) {
    }

    /**
     * One statement as written (values as JSON text) or one grant (effect "Grant"): whether the evaluation reached
     * it, whether all its elements matched, and whether it decided the request.
     */
    public record StatementResult(String sid, String effect, String principal, String action, String resource,
            String condition, boolean examined, boolean matched, boolean decisive, List<Check> checks) {

        public StatementResult {
            checks = List.copyOf(checks);
        }
    }

    /** A request (action, principal ARN, key ARN), the statements in order, the decision and why. */
    public record Evaluation(String action, String principal, String resource, Decision decision, String reason,
            List<StatementResult> statements) {

        public Evaluation {
            Objects.requireNonNull(decision, "decision");
            statements = List.copyOf(statements);
        }
    }

    public PolicyTrace() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Key policy evaluation");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/policy-trace.js");
    }

    /**
     * Shows the engine's decision for {@code action} by {@code principalArn} on the key, with the statements of
     * {@code policyJson} (the key policy GetKeyPolicy returned) next to the trace lines.
     */
    public void setDecision(PolicyDecision decision, String action, String principalArn, String keyArn,
            String policyJson) {
        setTrace(PolicyTraceMapper.map(decision, action, principalArn, keyArn, policyJson));
    }

    public void setTrace(Evaluation evaluation) {
        getElement().setAttribute("trace", toJson(evaluation));
    }

    public void clear() {
        getElement().removeAttribute("trace");
    }

    static String toJson(Evaluation e) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("action", e.action());
        request.put("principal", e.principal());
        request.put("resource", e.resource());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("request", request);
        v.put("decision", e.decision().wire());
        v.put("reason", e.reason());
        v.put("statements", e.statements().stream().map(PolicyTrace::statement).toList());
        return Visualizers.json(v);
    }

    private static Map<String, Object> statement(StatementResult s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sid", s.sid());
        m.put("effect", s.effect());
        m.put("principal", s.principal());
        m.put("action", s.action());
        m.put("resource", s.resource());
        m.put("condition", s.condition());
        m.put("examined", s.examined());
        m.put("matched", s.matched());
        m.put("decisive", s.decisive());
        m.put("checks", s.checks().stream().map(c -> {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("element", c.element());
            cm.put("matched", c.matched());
            cm.put("detail", c.detail());
            return cm;
        }).toList());
        return m;
    }
}
