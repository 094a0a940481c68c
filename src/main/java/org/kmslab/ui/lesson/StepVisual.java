package org.kmslab.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.kmslab.engine.CiphertextFormat;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.KeyState;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.ui.component.AnimatedVisualizer;
import org.kmslab.ui.component.CiphertextInspector;
import org.kmslab.ui.component.CryptoFlow;
import org.kmslab.ui.component.DataKeyFlow;
import org.kmslab.ui.component.EventDescriptions;
import org.kmslab.ui.component.KeyCard;
import org.kmslab.ui.component.KeyStateMachine;
import org.kmslab.ui.component.PolicyTrace;
import tools.jackson.databind.JsonNode;

/**
 * The visualizer beside a lesson step, chosen by the step's {@code visual} and fed only by what really happened: the
 * engine events of the learner's sandbox and the results the console printed. Reading a key's metadata or policy for
 * the picture uses the engine's observer methods, which make no call and leave no audit trace.
 */
final class StepVisual extends Div {

    private static final int RECENT = 8;

    private final Sandbox sandbox;
    private final CryptoFlow cryptoFlow = new CryptoFlow();
    private final DataKeyFlow dataKeyFlow = new DataKeyFlow();
    private final KeyCard keyCard = new KeyCard();
    private final KeyStateMachine stateMachine = new KeyStateMachine();
    private final CiphertextInspector inspector = new CiphertextInspector();
    private final PolicyTrace policyTrace = new PolicyTrace();
    private final UnorderedList recentCalls = new UnorderedList();
    private final Map<String, KeyState> lastStates = new HashMap<>();
    private String visual = "";

    StepVisual(Sandbox sandbox) {
        this.sandbox = sandbox;
        recentCalls.getElement().setAttribute("aria-label", "Recent calls, newest first");
        recentCalls.getElement().setAttribute("aria-live", "polite");
        setWidthFull();
    }

    /** Shows the visualizer a step names; unknown names fall back to the plaintext-to-ciphertext picture. */
    void use(String name) {
        if (name.equals(visual)) {
            return;
        }
        visual = name;
        removeAll();
        add(component(name));
    }

    private Component component(String name) {
        return switch (name) {
            case "data-key-flow" -> dataKeyFlow;
            case "metadata-card" -> keyCard;
            case "state-machine" -> stateMachine;
            case "ciphertext-inspector" -> inspector;
            case "policy-trace" -> policyTrace;
            case "audit-log", "cost-meter" -> recentCalls;
            default -> cryptoFlow;
        };
    }

    void setSpeed(double speed) {
        for (AnimatedVisualizer v : new AnimatedVisualizer[] {dataKeyFlow, keyCard, stateMachine, inspector, policyTrace}) {
            v.setSpeed(speed);
        }
        cryptoFlow.setSpeed(speed);
    }

    /** Feeds one engine event of the learner's sandbox to every visualizer, so switching steps shows current state. */
    void show(EngineEvent event) {
        cryptoFlow.show(event);
        dataKeyFlow.show(event);
        inspector.show(event);
        ListItem item = new ListItem(EventDescriptions.describe(event));
        recentCalls.addComponentAsFirst(item);
        while (recentCalls.getComponentCount() > RECENT) {
            recentCalls.remove(recentCalls.getComponentAt(RECENT));
        }
        if (event.keyArn() == null) {
            return;
        }
        KmsEngine engine = sandbox.engine(event.region());
        engine.observeKey(event.keyArn()).ifPresentOrElse(metadata -> showKey(event, metadata), () -> {
            if (lastStates.remove(event.keyArn()) != null) {
                stateMachine.setDeleted();
            }
        });
        if (event.caller() != null && event.eventType().wire().equals("AwsApiCall")) {
            engine.observeKeyPolicy(event.keyArn()).ifPresent(policy -> policyTrace.setDecision(
                    engine.evaluateAccess(event.caller(), event.keyArn(), "kms:" + event.eventName(), Map.of()),
                    "kms:" + event.eventName(), event.caller().principalArn(), event.keyArn(), policy));
        }
    }

    private void showKey(EngineEvent event, KeyMetadata metadata) {
        keyCard.setMetadata(metadata);
        KeyState now = KeyState.fromWire("keyState", metadata.keyState());
        KeyState before = lastStates.put(event.keyArn(), now);
        if (before != null && before != now) {
            stateMachine.show(event, before, now);
        } else {
            stateMachine.setState(now);
        }
    }

    /** Shows the ciphertext blob a console command printed, for the inspector. */
    void showResult(JsonNode result) {
        if (result != null && result.hasNonNull("CiphertextBlob")) {
            byte[] blob = Base64.getDecoder().decode(result.get("CiphertextBlob").asString());
            inspector.setCiphertext(blob, CiphertextFormat.parseCiphertext(blob), Set.of());
        }
    }
}
