package org.kmslab.ui.quiz;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
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
 * A fresh sandbox for one hands-on question: runs the question's setup, keeps what the setup made under its refs
 * (key ids, ciphertexts, saved key material), lets the learner call KMS operations as in the console, and answers the
 * quiz's {@link SandboxProbe} for the goal checker. Setup and probe calls run as a lesson caller; the learner's calls run
 * as the console, and only those count as the learner's events.
 */
final class HandsOnSandbox implements SandboxProbe, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getEncoder();

    /** A ciphertext the setup made: its blob, the context it was made with and the plaintext it must decrypt to. */
    record SavedCiphertext(String blob, Map<String, String> context, String plaintextBase64) {}

    private final Sandbox sandbox;
    private final KmsGateway gateway;
    private final Caller setupCaller;
    private final Caller learner;
    private final Map<String, String> keyIds = new LinkedHashMap<>();
    private final Map<String, SavedCiphertext> ciphertexts = new LinkedHashMap<>();
    private final Map<String, byte[]> materials = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<EngineEvent> learnerEvents = new CopyOnWriteArrayList<>();
    private final Consumer<EngineEvent> listener = this::onEvent;

    private HandsOnSandbox(Sandbox sandbox, KmsGateway gateway) {
        this.sandbox = sandbox;
        this.gateway = gateway;
        this.setupCaller = sandbox.administrator(CallSource.LESSON);
        this.learner = sandbox.administrator(CallSource.CONSOLE);
    }

    /** Runs the setup of a task on an empty sandbox, then starts recording the learner's calls. */
    static HandsOnSandbox prepare(Sandbox emptySandbox, KmsGateway gateway, Question.HandsOn task) {
        HandsOnSandbox sandbox = new HandsOnSandbox(emptySandbox, gateway);
        task.setup().forEach(sandbox::apply);
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

    /**
     * Imports key material the setup saved, as a learner would with the AWS CLI and OpenSSL: get import parameters,
     * wrap the material with the public key (RSAES_OAEP_SHA_256), import it without expiry.
     */
    GatewayResponse importSavedMaterial(String materialRef, String keyIdOrAlias) {
        byte[] material = materials.get(materialRef);
        if (material == null) {
            throw new IllegalArgumentException("no saved key material " + materialRef);
        }
        return importMaterial(learner, keyIdOrAlias, material, null);
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
            step.save().forEach((ref, pointer) -> values.put(ref, result.at(pointer).asString()));
        }
        return response;
    }

    private Object substitute(Object value) {
        if (value instanceof String s && s.startsWith("${") && s.endsWith("}")) {
            return resolve(s.substring(2, s.length() - 1));
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

    private String resolve(String ref) {
        if (keyIds.containsKey(ref)) {
            return keyIds.get(ref);
        }
        if (ciphertexts.containsKey(ref)) {
            return ciphertexts.get(ref).blob();
        }
        if (values.containsKey(ref)) {
            return values.get(ref);
        }
        throw new IllegalArgumentException("nothing is saved under " + ref);
    }

    /** The names of saved key material, for the console's import tool. */
    Set<String> savedMaterials() {
        return materials.keySet();
    }

    /** What the setup made, by ref, as the learner may paste it into requests. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        keyIds.forEach((ref, id) -> files.put(ref + " (key id)", id));
        ciphertexts.forEach((ref, c) -> files.put(ref + " (ciphertext" + (c.context().isEmpty() ? "" : ", context "
                + c.context()) + ")", c.blob()));
        materials.keySet().forEach(ref -> files.put(ref + " (saved key material)", "use the import tool"));
        return files;
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

    // ---- setup -------------------------------------------------------------------------------------------------

    private void apply(Question.Directive step) {
        switch (step.name()) {
            case "createKey" -> createKey(step);
            case "createAlias" -> call("CreateAlias", body().put("AliasName", step.string("alias"))
                    .put("TargetKeyId", keyId(step.string("key"))));
            case "encrypt" -> {
                String plaintext = B64.encodeToString(step.string("plaintext").getBytes(StandardCharsets.UTF_8));
                Map<String, String> context = context(step);
                ObjectNode body = body().put("KeyId", keyId(step.string("key"))).put("Plaintext", plaintext);
                body.set("EncryptionContext", JSON.valueToTree(context));
                JsonNode result = call("Encrypt", body);
                ciphertexts.put(step.string("saveAs"), new SavedCiphertext(result.get("CiphertextBlob").asString(),
                        context, plaintext));
            }
            case "generateDataKey" -> {
                Map<String, String> context = context(step);
                ObjectNode body = body().put("KeyId", keyId(step.string("key"))).put("KeySpec", "AES_256");
                body.set("EncryptionContext", JSON.valueToTree(context));
                JsonNode result = call("GenerateDataKey", body);
                ciphertexts.put(step.string("saveAs"), new SavedCiphertext(result.get("CiphertextBlob").asString(),
                        context, result.get("Plaintext").asString()));
            }
            case "disableKey" -> call("DisableKey", body().put("KeyId", keyId(step.string("key"))));
            case "deleteImportedKeyMaterial" -> call("DeleteImportedKeyMaterial",
                    body().put("KeyId", keyId(step.string("key"))));
            case "enableKeyRotation" -> {
                ObjectNode body = body().put("KeyId", keyId(step.string("key")));
                if (step.integer("periodInDays") != null) {
                    body.put("RotationPeriodInDays", step.integer("periodInDays"));
                }
                call("EnableKeyRotation", body);
            }
            case "scheduleKeyDeletion" -> {
                ObjectNode body = body().put("KeyId", keyId(step.string("key")));
                if (step.integer("pendingWindowInDays") != null) {
                    body.put("PendingWindowInDays", step.integer("pendingWindowInDays"));
                }
                call("ScheduleKeyDeletion", body);
            }
            case "importKeyMaterial" -> {
                byte[] material = new byte[32];
                new SecureRandom().nextBytes(material);
                materials.put(step.string("saveAs"), material);
                GatewayResponse response = importMaterial(setupCaller, keyId(step.string("key")), material,
                        step.integer("validForDays"));
                requireOk("ImportKeyMaterial", response);
            }
            case "createGrant" -> {
                ObjectNode body = body().put("KeyId", keyId(step.string("key")))
                        .put("GranteePrincipal", step.string("grantee"));
                body.set("Operations", JSON.valueToTree(step.list("operations")));
                String grantId = call("CreateGrant", body).get("GrantId").asString();
                if (step.string("saveAs") != null) {
                    values.put(step.string("saveAs"), grantId);
                }
            }
            case "advanceClock" -> {
                sandbox.clock().advance(Duration.ofDays(step.integer("days")));
                sandbox.engine().runDueTasks();
            }
            default -> throw new IllegalArgumentException("unknown setup step " + step.name());
        }
    }

    private void createKey(Question.Directive step) {
        ObjectNode body = body();
        for (String[] field : new String[][] {{"description", "Description"}, {"keySpec", "KeySpec"},
                {"keyUsage", "KeyUsage"}, {"origin", "Origin"}}) {
            if (step.string(field[0]) != null) {
                body.put(field[1], step.string(field[0]));
            }
        }
        if (Boolean.TRUE.equals(step.bool("multiRegion"))) {
            body.put("MultiRegion", true);
        }
        if (step.map("tags") != null) {
            List<Map<String, String>> tags = new ArrayList<>();
            step.map("tags").forEach((k, v) -> tags.add(Map.of("TagKey", k, "TagValue", v)));
            body.set("Tags", JSON.valueToTree(tags));
        }
        String keyId = call("CreateKey", body).get("KeyMetadata").get("KeyId").asString();
        keyIds.put(step.string("ref"), keyId);
        if (step.string("alias") != null) {
            call("CreateAlias", body().put("AliasName", step.string("alias")).put("TargetKeyId", keyId));
        }
    }

    private GatewayResponse importMaterial(Caller caller, String keyId, byte[] material, Integer validForDays) {
        GatewayResponse params = gateway.invoke(sandbox.engine(), caller, "GetParametersForImport", body()
                .put("KeyId", keyId).put("WrappingAlgorithm", "RSAES_OAEP_SHA_256").put("WrappingKeySpec", "RSA_2048")
                .toString());
        if (!params.ok()) {
            return params;
        }
        JsonNode p = JSON.readTree(params.body());
        ObjectNode body = body().put("KeyId", keyId).put("ImportToken", p.get("ImportToken").asString())
                .put("EncryptedKeyMaterial", B64.encodeToString(wrap(p.get("PublicKey").asString(), material)));
        if (validForDays == null) {
            body.put("ExpirationModel", "KEY_MATERIAL_DOES_NOT_EXPIRE");
        } else {
            body.put("ExpirationModel", "KEY_MATERIAL_EXPIRES")
                    .put("ValidTo", sandbox.clock().instant().plus(Duration.ofDays(validForDays)).getEpochSecond());
        }
        return gateway.invoke(sandbox.engine(), caller, "ImportKeyMaterial", body.toString());
    }

    private static byte[] wrap(String publicKeyBase64, byte[] material) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.ENCRYPT_MODE, key, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                    PSource.PSpecified.DEFAULT));
            return rsa.doFinal(material);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap key material", e);
        }
    }

    private JsonNode call(String operation, ObjectNode body) {
        GatewayResponse response = gateway.invoke(sandbox.engine(), setupCaller, operation, body.toString());
        requireOk(operation, response);
        return JSON.readTree(response.body());
    }

    private static void requireOk(String operation, GatewayResponse response) {
        if (!response.ok()) {
            throw new IllegalStateException("hands-on setup: " + operation + " failed with " + response.errorType()
                    + ": " + response.errorMessage());
        }
    }

    private String keyId(String ref) {
        String id = keyIds.get(ref);
        if (id == null) {
            throw new IllegalArgumentException("the setup made no key " + ref);
        }
        return id;
    }

    private static Map<String, String> context(Question.Directive step) {
        return step.map("encryptionContext") == null ? Map.of() : step.map("encryptionContext");
    }

    private static ObjectNode body() {
        return JSON.createObjectNode();
    }

    // ---- probe -------------------------------------------------------------------------------------------------

    @Override
    public Optional<KeyView> keyByRef(String ref) {
        return Optional.ofNullable(keyIds.get(ref)).flatMap(this::describe);
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
        SavedCiphertext saved = ciphertexts.get(ciphertextRef);
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
        return gateway.invoke(sandbox.engine(), setupCaller, operation, body.toString());
    }
}
