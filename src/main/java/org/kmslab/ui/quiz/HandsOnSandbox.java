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
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.SolutionRunner;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.SandboxProbe;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.services.AwsServices;
import org.kmslab.ui.lesson.SandboxWorkspace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fresh sandbox for one hands-on question: the question's setup already run ({@link HandsOnSetup}), the lessons' AWS
 * CLI console over it with the files the setup saved, and the answers to the quiz's {@link SandboxProbe} for the goal
 * checker. Setup and probe calls run as a lesson caller; the learner's calls run as the console (or arrive over the
 * wire), and only those count as the learner's events.
 */
final class HandsOnSandbox implements SandboxProbe, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Sandbox sandbox;
    private final KmsGateway gateway;
    private final Caller probeCaller;
    private final SandboxFiles files;
    private final SandboxWorkspace console;
    private final List<EngineEvent> learnerEvents = new CopyOnWriteArrayList<>();
    private final Consumer<EngineEvent> listener = this::onEvent;
    private SolutionRunner replay;

    private HandsOnSandbox(Sandbox sandbox, KmsGateway gateway, SandboxFiles files) {
        this.sandbox = sandbox;
        this.gateway = gateway;
        this.files = files;
        this.probeCaller = sandbox.administrator(CallSource.LESSON);
        this.console = new SandboxWorkspace(gateway, sandbox, AwsServices.of(sandbox), files.workspace);
    }

    /**
     * Runs the setup of a task on an empty sandbox, as it reads in that sandbox's account, then starts recording the
     * learner's calls.
     */
    static HandsOnSandbox prepare(Sandbox emptySandbox, KmsGateway gateway, Question.HandsOn task) {
        HandsOnSandbox sandbox = new HandsOnSandbox(emptySandbox, gateway,
                HandsOnSetup.run(emptySandbox, gateway, task.inAccount(emptySandbox.accountId()).setup()));
        emptySandbox.addListener(sandbox.listener);
        return sandbox;
    }

    Sandbox sandbox() {
        return sandbox;
    }

    /** The console the learner types in: the AWS CLI's syntax, over this sandbox and the setup's files. */
    SandboxWorkspace console() {
        return console;
    }

    /**
     * Runs one line of a reference solution in the console, as the learner would type it; values saved by earlier lines
     * fill their {@code ${ref}}. Throws {@link IllegalStateException} when the line fails.
     */
    void replay(Question.SolutionStep step) {
        if (replay == null) {
            replay = new SolutionRunner(null, console, files.known());
        }
        String line = step.inAccount(sandbox.accountId()).cli();
        replay.run(new Lesson.SolutionAction(null, null, null, line, step.save(), null, null));
    }

    /**
     * The reference solution as the learner would type it in this sandbox: its account and what the setup made are
     * filled in (key ids, grant ids), and what an earlier line prints stays a {@code <ref>} to copy from that output.
     */
    List<String> solutionLines(List<Question.SolutionStep> solution) {
        SolutionRunner preview = new SolutionRunner(null, console, files.known());
        return solution.stream().map(step -> preview.preview(step.inAccount(sandbox.accountId()).cli())).toList();
    }

    @Override
    public String accountId() {
        return sandbox.accountId();
    }

    /** The setup's keys by the ref the task names them with, and their key ids. */
    Map<String, String> keys() {
        return files.keys();
    }

    /** The console files the setup saved, with what each holds. */
    Map<String, String> files() {
        return files.fileNotes();
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
