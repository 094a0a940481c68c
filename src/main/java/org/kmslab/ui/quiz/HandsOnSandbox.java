package org.kmslab.ui.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineEvent;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.SandboxProbe;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fresh sandbox for one hands-on question: the question's setup already run ({@link HandsOnSetup}), the learner's
 * console calls, and the answers to the quiz's {@link SandboxProbe} for the goal checker. Setup and probe calls run as
 * a lesson caller; the learner's calls run as the console (or arrive over the wire), and only those count as the
 * learner's events.
 */
final class HandsOnSandbox implements SandboxProbe, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Sandbox sandbox;
    private final KmsGateway gateway;
    private final Caller probeCaller;
    private final Caller learner;
    private final SandboxFiles files;
    private final List<EngineEvent> learnerEvents = new CopyOnWriteArrayList<>();
    private final Consumer<EngineEvent> listener = this::onEvent;

    private HandsOnSandbox(Sandbox sandbox, KmsGateway gateway, SandboxFiles files) {
        this.sandbox = sandbox;
        this.gateway = gateway;
        this.files = files;
        this.probeCaller = sandbox.administrator(CallSource.LESSON);
        this.learner = sandbox.administrator(CallSource.CONSOLE);
    }

    /** Runs the setup of a task on an empty sandbox, then starts recording the learner's calls. */
    static HandsOnSandbox prepare(Sandbox emptySandbox, KmsGateway gateway, Question.HandsOn task) {
        HandsOnSandbox sandbox = new HandsOnSandbox(emptySandbox, gateway,
                HandsOnSetup.run(emptySandbox, gateway, task.setup()));
        emptySandbox.addListener(sandbox.listener);
        return sandbox;
    }

    String accountId() {
        return sandbox.accountId();
    }

    /** A KMS operation called by the learner, exactly as the console or the AWS CLI would send it. */
    GatewayResponse run(String operation, String jsonBody) {
        return gateway.invoke(sandbox.engine(), learner, operation, jsonBody);
    }

    /** The operations the console offers. */
    List<String> operations() {
        return List.copyOf(gateway.operations());
    }

    /** The console's import tool: wraps key material the setup saved and imports it, without expiry. */
    GatewayResponse importSavedMaterial(String materialRef, String keyIdOrAlias) {
        byte[] material = files.materials.get(materialRef);
        if (material == null) {
            throw new IllegalArgumentException("no saved key material " + materialRef);
        }
        return MaterialImport.importMaterial(gateway, sandbox, learner, keyIdOrAlias, material, null);
    }

    /**
     * Runs one step of a reference solution as the learner: {@code "${ref}"} strings become what the setup made, and
     * the step's saves keep parts of the response for later steps.
     */
    GatewayResponse run(Question.SolutionStep step) {
        Object body = substitute(step.body());
        GatewayResponse response;
        if ("ImportSavedMaterial".equals(step.operation())) {
            Map<?, ?> args = (Map<?, ?>) body;
            response = importSavedMaterial(String.valueOf(args.get("Material")), String.valueOf(args.get("KeyId")));
        } else {
            response = run(step.operation(), JSON.writeValueAsString(body));
        }
        if (response.ok()) {
            JsonNode result = JSON.readTree(response.body());
            step.save().forEach((ref, pointer) -> files.values.put(ref, result.at(pointer).asString()));
        }
        return response;
    }

    /** The names of saved key material, for the console's import tool. */
    Set<String> savedMaterials() {
        return files.materials.keySet();
    }

    /** What the setup made, by ref, as the learner may paste it into requests. */
    Map<String, String> files() {
        return files.listing();
    }

    /** The learner's calls since the setup, oldest first. */
    List<EngineEvent> learnerEvents() {
        return List.copyOf(learnerEvents);
    }

    @Override
    public void close() {
        sandbox.removeListener(listener);
    }

    private void onEvent(EngineEvent event) {
        if (event.caller() != null && (event.caller().source() == CallSource.CONSOLE
                || event.caller().source() == CallSource.WIRE)) {
            learnerEvents.add(event);
        }
    }

    private Object substitute(Object value) {
        if (value instanceof String s && s.startsWith("${") && s.endsWith("}")) {
            return files.resolve(s.substring(2, s.length() - 1));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), substitute(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::substitute).toList();
        }
        return value;
    }

    // ---- probe -------------------------------------------------------------------------------------------------

    @Override
    public Optional<KeyView> keyByRef(String ref) {
        return Optional.ofNullable(files.keyIds.get(ref)).flatMap(this::describe);
    }

    @Override
    public Optional<KeyView> keyByAlias(String alias) {
        GatewayResponse aliases = probe("ListAliases", body().put("Limit", 100));
        for (JsonNode a : JSON.readTree(aliases.body()).path("Aliases")) {
            if (alias.equals(a.path("AliasName").asString()) && a.hasNonNull("TargetKeyId")) {
                return describe(a.get("TargetKeyId").asString());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean decrypts(String ciphertextRef) {
        SandboxFiles.SavedCiphertext saved = files.ciphertexts.get(ciphertextRef);
        if (saved == null) {
            return false;
        }
        ObjectNode body = body().put("CiphertextBlob", saved.blob());
        body.set("EncryptionContext", JSON.valueToTree(saved.context()));
        GatewayResponse response = probe("Decrypt", body);
        return response.ok() && saved.plaintextBase64().equals(JSON.readTree(response.body()).path("Plaintext").asString());
    }

    @Override
    public List<GrantView> grants(String keyId) {
        GatewayResponse response = probe("ListGrants", body().put("KeyId", keyId).put("Limit", 100));
        List<GrantView> grants = new ArrayList<>();
        for (JsonNode g : JSON.readTree(response.body()).path("Grants")) {
            Set<String> operations = new TreeSet<>();
            g.path("Operations").forEach(o -> operations.add(o.asString()));
            grants.add(new GrantView(g.path("GranteePrincipal").asString(), operations));
        }
        return grants;
    }

    @Override
    public List<EventView> eventsSinceSetup() {
        List<EventView> events = new ArrayList<>();
        for (EngineEvent e : learnerEvents) {
            String keyId = e.keyArn() == null ? null : e.keyArn().substring(e.keyArn().lastIndexOf('/') + 1);
            Map<String, String> context = new HashMap<>();
            if (e.requestParameters() != null && e.requestParameters().get("encryptionContext") instanceof Map<?, ?> m) {
                m.forEach((k, v) -> context.put(String.valueOf(k), String.valueOf(v)));
            }
            events.add(new EventView(e.eventName(), keyId, !e.failed(), context));
        }
        return events;
    }

    private Optional<KeyView> describe(String keyId) {
        GatewayResponse described = probe("DescribeKey", body().put("KeyId", keyId));
        if (!described.ok()) {
            return Optional.empty();
        }
        JsonNode m = JSON.readTree(described.body()).get("KeyMetadata");
        String id = m.get("KeyId").asString();
        Map<String, String> tags = new LinkedHashMap<>();
        GatewayResponse tagged = probe("ListResourceTags", body().put("KeyId", id));
        JSON.readTree(tagged.body()).path("Tags").forEach(t -> tags.put(t.path("TagKey").asString(),
                t.path("TagValue").asString()));
        GatewayResponse rotation = probe("GetKeyRotationStatus", body().put("KeyId", id));
        JsonNode status = rotation.ok() ? JSON.readTree(rotation.body()) : JSON.createObjectNode();
        boolean enabled = status.path("KeyRotationEnabled").asBoolean(false);
        GatewayResponse rotations = probe("ListKeyRotations", body().put("KeyId", id).put("Limit", 100));
        int count = rotations.ok() ? JSON.readTree(rotations.body()).path("Rotations").size() : 0;
        return Optional.of(new KeyView(id, m.path("KeyState").asString(), m.path("KeySpec").asString(),
                m.path("KeyUsage").asString(), m.path("Origin").asString(), m.path("MultiRegion").asBoolean(false),
                tags, enabled, enabled && status.hasNonNull("RotationPeriodInDays")
                        ? status.get("RotationPeriodInDays").asInt() : null, count));
    }

    private GatewayResponse probe(String operation, ObjectNode body) {
        return gateway.invoke(sandbox.engine(), probeCaller, operation, body.toString());
    }

    private static ObjectNode body() {
        return JSON.createObjectNode();
    }
}
