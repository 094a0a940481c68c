package org.kmslab.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kmslab.audit.AuditService;
import org.kmslab.engine.CiphertextFormat;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.KeyState;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.console.ConsoleResult;
import org.kmslab.ui.component.AnimatedVisualizer;
import org.kmslab.ui.component.CiphertextInspector;
import org.kmslab.ui.component.CryptoFlow;
import org.kmslab.ui.component.DataKeyFlow;
import org.kmslab.ui.component.EventDescriptions;
import org.kmslab.ui.component.KeyCard;
import org.kmslab.ui.component.KeyStoreMap;
import org.kmslab.ui.component.KeyStateMachine;
import org.kmslab.ui.component.PolicyTrace;
import org.kmslab.ui.component.RegionMap;
import tools.jackson.databind.JsonNode;

/**
 * The visualizer beside a lesson step, chosen by the step's {@code visual} and fed only by what really happened: the
 * engine events of the learner's sandbox and the results the console printed. Reading a key's metadata or policy for
 * the picture uses the engine's observer methods, which make no call and leave no audit trace. The presenter view uses
 * it too, so a projector shows each lesson's own picture, fed by the demo sandbox.
 *
 * <p>Only the picture on screen is drawn as calls happen. The others keep what they need to show the current state
 * when a step brings them up, and are drawn once then: the key card and the state machine from the newest call's key,
 * the policy trace from the newest call it can explain, the region map from the newest call on a multi-Region key,
 * the flows and the inspector from what they were given (they keep it themselves and send it when attached).
 */
public final class StepVisual extends Div {

    private static final int RECENT = 8;

    private final Sandbox sandbox;
    private final CryptoFlow cryptoFlow = new CryptoFlow();
    private final DataKeyFlow dataKeyFlow = new DataKeyFlow();
    private final KeyCard keyCard = new KeyCard();
    private final KeyStateMachine stateMachine = new KeyStateMachine();
    private final CiphertextInspector inspector = new CiphertextInspector();
    private final PolicyTrace policyTrace = new PolicyTrace();
    private final KeyStoreMap keyStoreMap = new KeyStoreMap();
    private final RegionMap regionMap = new RegionMap();
    private final UnorderedList recentCalls = new UnorderedList();
    /** The newest calls' sentences, newest first; the list above shows them only while a picture with it is up. */
    private final Deque<String> recent = new ArrayDeque<>();
    private final AuditService audit;
    /** Made when a step first shows them: each reads the audit log, and most lessons never do. */
    private CostMeter costMeter;
    private AuditLogPanel auditLog;
    private final Map<String, KeyState> lastStates = new HashMap<>();
    /** Keys seen deleted, whose later calls the state machine draws at Deleted. */
    private final Set<String> deletedKeys = new HashSet<>();
    private String visual = "";
    private String lastKeyArn;
    /** The last ciphertext blob the inspector showed, to lay the next one beside it. */
    private byte[] lastBlob;
    /** The newest call on a key, for the key card and the state machine when they come up. */
    private EngineEvent lastKeyEvent;
    /** A call on a key came while the key card, or the state machine, was not on screen. */
    private boolean keyCardStale;
    private boolean stateMachineStale;
    /** The newest call the policy trace can explain, made while it was not on screen. */
    private EngineEvent pendingPolicy;
    /** Calls on keys while the region map was not on screen, newest first (the newest on a multi-Region key draws it). */
    private final Deque<EngineEvent> pendingRegion = new ArrayDeque<>();

    public StepVisual(Sandbox sandbox, AuditService audit) {
        this.sandbox = sandbox;
        this.audit = audit;
        recentCalls.getElement().setAttribute("aria-label", "Recent calls, newest first");
        recentCalls.getElement().setAttribute("aria-live", "polite");
        recentCalls.addClassName("kmslab-recent-calls");
        addClassName("kmslab-step-visual");
        setWidthFull();
    }

    /** The animated visualizers, for the event player's speed and reduced-motion controls. */
    List<AnimatedVisualizer> animated() {
        return List.of(cryptoFlow, dataKeyFlow, keyCard, stateMachine, inspector, policyTrace, regionMap,
                keyStoreMap);
    }

    /** Shows the visualizer a step names; unknown names fall back to the plaintext-to-ciphertext picture. */
    public void use(String name) {
        if (name.equals(visual)) {
            return;
        }
        boolean listShown = showsRecentCalls();
        visual = name;
        catchUp();
        // Panels that read the sandbox, not the last event: show what happened while another picture was up (a
        // panel made now reads it as it is made).
        if ("audit-log".equals(name) && auditLog != null) {
            auditLog.refresh();
        } else if ("cost-meter".equals(name) && costMeter != null) {
            costMeter.refresh();
        }
        removeAll();
        add(component(name));
        if (showsRecentCalls() && !listShown) {
            showRecentCalls();
        }
    }

    /** Brings the picture coming up to the current state of the sandbox, before it is attached (and drawn once). */
    private void catchUp() {
        switch (visual) {
            case "metadata-card" -> {
                if (keyCardStale) {
                    keyCardStale = false;
                    KmsEngine engine = engineOf(lastKeyArn);
                    engine.observeKey(lastKeyArn).ifPresent(m -> keyCard.setMetadata(m, rotation(engine, lastKeyArn)));
                }
            }
            case "state-machine" -> {
                if (stateMachineStale) {
                    stateMachineStale = false;
                    drawStateMachine(lastKeyEvent);
                }
            }
            case "policy-trace" -> {
                if (pendingPolicy != null) {
                    drawPolicy(pendingPolicy);
                    pendingPolicy = null;
                }
            }
            case "region-map" -> {
                for (EngineEvent event : pendingRegion) {
                    if (drawRegions(event)) {
                        break;
                    }
                }
                pendingRegion.clear();
            }
            default -> { }
        }
    }

    private KmsEngine engineOf(String keyArn) {
        return sandbox.engine(keyArn.split(":")[3]);
    }

    private Component component(String name) {
        return switch (name) {
            case "data-key-flow" -> dataKeyFlow;
            case "metadata-card" -> keyCard;
            case "state-machine" -> stateMachine;
            case "ciphertext-inspector" -> inspector;
            case "policy-trace" -> policyTrace;
            case "region-map" -> new Div(regionMap, recentCalls);
            case "audit-log" -> new Div(auditLog(), recentCalls);
            case "cost-meter" -> new Div(costMeter(), recentCalls);
            case "key-store-map" -> keyStoreMapView();
            default -> cryptoFlow;
        };
    }

    private AuditLogPanel auditLog() {
        if (auditLog == null) {
            auditLog = new AuditLogPanel(sandbox, audit);
        }
        return auditLog;
    }

    private CostMeter costMeter() {
        if (costMeter == null) {
            costMeter = new CostMeter(sandbox, audit);
        }
        return costMeter;
    }

    /** The pictures that have the recent calls under them. */
    private boolean showsRecentCalls() {
        return switch (visual) {
            case "region-map", "audit-log", "cost-meter", "key-store-map" -> true;
            default -> false;
        };
    }

    private void showRecentCalls() {
        recentCalls.removeAll();
        recent.forEach(sentence -> recentCalls.add(new ListItem(sentence)));
    }

    private Component keyStoreMapView() {
        keyStoreMap.show(sandbox, null);
        return new Div(keyStoreMap, recentCalls);
    }

    /** Replays a recorded event (the event player) on the picture on screen: animation and text only. */
    void replay(EngineEvent event) {
        switch (visual) {
            case "data-key-flow" -> dataKeyFlow.show(event);
            case "ciphertext-inspector" -> inspector.show(event);
            case "metadata-card", "state-machine", "policy-trace", "region-map", "audit-log", "cost-meter",
                    "key-store-map" -> { }
            default -> cryptoFlow.show(event);
        }
    }

    /** Back to the empty pictures (the lesson was reset). */
    public void reset() {
        dataKeyFlow.reset();
        dataKeyFlow.clearProgress();
        keyCard.clear();
        keyStoreMap.clear();
        regionMap.clear();
        lastStates.clear();
        deletedKeys.clear();
        lastKeyArn = null;
        lastKeyEvent = null;
        keyCardStale = false;
        stateMachineStale = false;
        pendingPolicy = null;
        pendingRegion.clear();
        lastBlob = null;
        inspector.clear();
        recent.clear();
        recentCalls.removeAll();
        refreshPanels();
    }

    /** The panels that read the sandbox rather than the events, where a step made them. */
    private void refreshPanels() {
        if (costMeter != null) {
            costMeter.refresh();
        }
        if (auditLog != null) {
            auditLog.refresh();
        }
    }

    /** Re-reads the state the pictures show (after Undo put KMS back without any event). */
    void refresh() {
        if (lastKeyArn != null) {
            KmsEngine engine = engineOf(lastKeyArn);
            engine.observeKey(lastKeyArn).ifPresentOrElse(m -> {
                keyCard.setMetadata(m, rotation(engine, lastKeyArn));
                KeyState now = KeyState.fromWire("keyState", m.keyState());
                lastStates.put(lastKeyArn, now);
                stateMachine.setState(now);
                if ("state-machine".equals(visual)) {
                    // A played transition moved the element's state in the browser only; set it there too.
                    stateMachine.getElement().executeJs("this.setAttribute('state', $0)", now.wire());
                }
            }, keyCard::clear);
            keyCardStale = false;
            stateMachineStale = false;
        }
        refreshPanels();
    }

    /**
     * Feeds one engine event of the learner's sandbox to the picture on screen, and keeps what the others need to show
     * the current state when a step brings them up.
     */
    public void show(EngineEvent event) {
        cryptoFlow.show(event);
        dataKeyFlow.show(event);
        inspector.show(event);
        String sentence = EventDescriptions.describe(event);
        recent.addFirst(sentence);
        while (recent.size() > RECENT) {
            recent.removeLast();
        }
        if (showsRecentCalls()) {
            recentCalls.addComponentAsFirst(new ListItem(sentence));
            while (recentCalls.getComponentCount() > RECENT) {
                recentCalls.remove(recentCalls.getComponentAt(RECENT));
            }
        }
        if ("key-store-map".equals(visual)) {
            keyStoreMap.show(sandbox, event);
        }
        if ("cost-meter".equals(visual)) {
            costMeter.refresh();
        } else if ("audit-log".equals(visual)) {
            auditLog.refresh();
        }
        if (event.keyArn() == null) {
            // A call refused because its key is gone names no key ARN; the key id it asked for finds the deleted key.
            if (event.failed() && event.requestParameters() != null
                    && event.requestParameters().get("keyId") instanceof String asked
                    && deletedKeys.stream().anyMatch(arn -> arn.endsWith("/" + asked) || arn.equals(asked))) {
                stateMachine.showOnDeleted(event);
            }
            return;
        }
        lastKeyArn = event.keyArn();
        lastKeyEvent = event;
        if ("region-map".equals(visual)) {
            drawRegions(event);
        } else {
            pendingRegion.addFirst(event);
            while (pendingRegion.size() > RECENT) {
                pendingRegion.removeLast();
            }
        }
        if ("metadata-card".equals(visual)) {
            KmsEngine engine = sandbox.engine(event.region());
            engine.observeKey(event.keyArn()).ifPresent(m -> keyCard.setMetadata(m, rotation(engine, event.keyArn())));
        } else {
            keyCardStale = true;
        }
        if ("state-machine".equals(visual)) {
            drawStateMachine(event);
        } else {
            stateMachineStale = true;
        }
        // CreateKey is authorized by IAM alone (the key and its policy do not exist yet), so no key policy trace.
        if (event.caller() != null && event.eventType().wire().equals("AwsApiCall")
                && !"CreateKey".equals(event.eventName())) {
            if ("policy-trace".equals(visual)) {
                drawPolicy(event);
            } else {
                pendingPolicy = event;
            }
        }
    }

    private boolean drawRegions(EngineEvent event) {
        return regionMap.show(event, arn -> engineOf(arn).observeKey(arn));
    }

    private void drawPolicy(EngineEvent event) {
        KmsEngine engine = sandbox.engine(event.region());
        engine.observeKeyPolicy(event.keyArn()).ifPresent(policy -> policyTrace.setDecision(
                engine.evaluateAccess(event.caller(), event.keyArn(), "kms:" + event.eventName(), Map.of()),
                "kms:" + event.eventName(), event.caller().principalArn(), event.keyArn(), policy));
    }

    /**
     * Draws the call on the state machine, from the state it last drew for that key (so a graph that comes up after
     * calls made while it was not on screen animates from what it showed to what the key is now).
     */
    private void drawStateMachine(EngineEvent event) {
        KmsEngine engine = sandbox.engine(event.region());
        engine.observeKey(event.keyArn()).ifPresentOrElse(metadata -> showKey(event, metadata),
                () -> showGone(event));
    }

    /**
     * A call on a key the engine no longer has. The call that deleted it (KMS's DeleteKey at the end of the waiting
     * period) is drawn as the move into Deleted; a later call on it, refused with NotFoundException, at Deleted. Either
     * way the caption is this call's, not an earlier one's.
     */
    private void showGone(EngineEvent event) {
        KeyState before = lastStates.remove(event.keyArn());
        if (before != null && !event.failed()) {
            deletedKeys.add(event.keyArn());
            stateMachine.show(event, before, null);
        } else if (before != null || deletedKeys.contains(event.keyArn())) {
            deletedKeys.add(event.keyArn());
            stateMachine.setDeleted();
            stateMachine.showOnDeleted(event);
        }
    }

    private void showKey(EngineEvent event, KeyMetadata metadata) {
        KeyState now = KeyState.fromWire("keyState", metadata.keyState());
        KeyState before = lastStates.put(event.keyArn(), now);
        // Every call on the key is drawn, so the caption is always the latest call's: a transition, a call that left
        // the state as it was, or a refusal (a rejected arrow with the AWS error).
        stateMachine.show(event, before == null ? now : before, now);
    }

    /** The key's rotation status for the key card, as GetKeyRotationStatus would report it (no call is made). */
    private static KeyCard.Rotation rotation(KmsEngine engine, String keyArn) {
        return engine.observeKeyRotation(keyArn).map(r -> new KeyCard.Rotation(r.keyRotationEnabled(),
                r.rotationPeriodInDays(), r.nextRotationDate(), r.onDemandRotationStartDate())).orElse(null);
    }

    /**
     * Shows what a console command did that KMS never sees: the local steps of envelope encryption (the {@code lab}
     * helpers and the upload to a bucket) on the data-key flow, and the ciphertext blob a KMS call printed in the
     * inspector.
     */
    public void showResult(ConsoleResult command) {
        JsonNode result = command.result();
        if (result != null && result.hasNonNull("CiphertextBlob")) {
            byte[] blob = Base64.getDecoder().decode(result.get("CiphertextBlob").asString());
            inspector.setCiphertext(blob, CiphertextFormat.parseCiphertext(blob), Set.of());
            if (lastBlob != null && !Arrays.equals(lastBlob, blob)) {
                inspector.compareWith(lastBlob, "the previous ciphertext", "This ciphertext");
            } else {
                inspector.clearComparison();
            }
            lastBlob = blob;
        }
        if ("key-store-map".equals(visual) && command.operation() != null
                && (command.operation().startsWith("cloudhsm") || command.operation().startsWith("xks"))) {
            keyStoreMap.show(sandbox, null); // CloudHSM and the proxy are not KMS: no event, so redraw here
        }
        if (!command.ok() || command.operation() == null) {
            return;
        }
        switch (command.operation()) {
            case "encrypt-file" -> {
                dataKeyFlow.setProgress(100, "Encrypted " + megabytes(result, "InBytes") + " locally");
                dataKeyFlow.setStage(DataKeyFlow.Stage.ENCRYPT_LOCALLY, "Your program encrypted "
                        + result.path("In").asString() + " (" + megabytes(result, "InBytes") + ") locally with the "
                        + "plaintext data key, AES-256-GCM. KMS saw nothing of it.");
            }
            case "discard-data-key" -> dataKeyFlow.setStage(DataKeyFlow.Stage.DISCARD_KEY);
            case "PutObject" -> dataKeyFlow.setStage(DataKeyFlow.Stage.STORE_IN_BUCKET);
            case "decrypt-file" -> {
                dataKeyFlow.setProgress(100, "Decrypted " + megabytes(result, "OutBytes") + " locally");
                dataKeyFlow.setStage(DataKeyFlow.Stage.DECRYPT_LOCALLY, "Your program checked the tag and "
                        + "decrypted " + result.path("In").asString() + " locally into " + result.path("Out").asString()
                        + ". KMS only unwrapped the 32-byte data key.");
            }
            default -> { }
        }
    }

    private static String megabytes(JsonNode result, String field) {
        long bytes = result.path(field).asLong();
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
