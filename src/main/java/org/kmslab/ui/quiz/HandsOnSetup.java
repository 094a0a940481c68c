package org.kmslab.ui.quiz;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.quiz.Question;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the setup steps of a hands-on question on a sandbox, through the same gateway the console uses, as a lesson
 * caller (so none of it counts as the learner's work), and leaves its ciphertexts and key material as files of the
 * learner's console. A failing step is a bug in the question and stops with its AWS error.
 */
final class HandsOnSetup {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final Sandbox sandbox;
    private final KmsGateway gateway;
    private final Caller caller;
    private final SandboxFiles files = new SandboxFiles();

    private HandsOnSetup(Sandbox sandbox, KmsGateway gateway) {
        this.sandbox = sandbox;
        this.gateway = gateway;
        this.caller = sandbox.administrator(CallSource.LESSON);
    }

    static SandboxFiles run(Sandbox sandbox, KmsGateway gateway, List<Question.Directive> steps) {
        HandsOnSetup setup = new HandsOnSetup(sandbox, gateway);
        steps.forEach(setup::apply);
        return setup.files;
    }

    private void apply(Question.Directive step) {
        switch (step.name()) {
            case "createKey" -> createKey(step);
            case "createAlias" -> call("CreateAlias", body().put("AliasName", step.string("alias"))
                    .put("TargetKeyId", files.keyId(step.string("key"))));
            case "encrypt" -> {
                String plaintext = B64.encodeToString(step.string("plaintext").getBytes(StandardCharsets.UTF_8));
                ObjectNode body = withContext(body().put("KeyId", files.keyId(step.string("key")))
                        .put("Plaintext", plaintext), step);
                JsonNode result = call("Encrypt", body);
                save(step.string("saveAs"), new SandboxFiles.SavedCiphertext(
                        result.get("CiphertextBlob").asString(), context(step), plaintext));
            }
            case "generateDataKey" -> {
                ObjectNode body = withContext(body().put("KeyId", files.keyId(step.string("key")))
                        .put("KeySpec", "AES_256"), step);
                JsonNode result = call("GenerateDataKey", body);
                save(step.string("saveAs"), new SandboxFiles.SavedCiphertext(
                        result.get("CiphertextBlob").asString(), context(step), result.get("Plaintext").asString()));
            }
            case "disableKey" -> call("DisableKey", keyOnly(step));
            case "deleteImportedKeyMaterial" -> call("DeleteImportedKeyMaterial", keyOnly(step));
            case "enableKeyRotation" -> call("EnableKeyRotation",
                    optional(keyOnly(step), "RotationPeriodInDays", step.integer("periodInDays")));
            case "scheduleKeyDeletion" -> call("ScheduleKeyDeletion",
                    optional(keyOnly(step), "PendingWindowInDays", step.integer("pendingWindowInDays")));
            case "importKeyMaterial" -> {
                byte[] material = new byte[32];
                new SecureRandom().nextBytes(material);
                files.workspace.write(SandboxFiles.materialFile(step.string("saveAs")), material);
                try {
                    requireOk("ImportKeyMaterial", MaterialImport.importMaterial(gateway, sandbox, caller,
                            files.keyId(step.string("key")), material, step.integer("validForDays")));
                } finally {
                    Arrays.fill(material, (byte) 0);
                }
            }
            case "createGrant" -> {
                ObjectNode body = keyOnly(step).put("GranteePrincipal", step.string("grantee"));
                body.set("Operations", JSON.valueToTree(step.list("operations")));
                String grantId = call("CreateGrant", body).get("GrantId").asString();
                if (step.string("saveAs") != null) {
                    files.values.put(step.string("saveAs"), grantId);
                }
            }
            case "advanceClock" -> {
                sandbox.clock().advance(Duration.ofDays(step.integer("days")));
                sandbox.engine().runDueTasks();
            }
            default -> throw new IllegalArgumentException("unknown setup step " + step.name());
        }
    }

    /** Keeps a ciphertext for the checker and writes its bytes to the console file {@code <ref>.enc}. */
    private void save(String ref, SandboxFiles.SavedCiphertext ciphertext) {
        files.ciphertexts.put(ref, ciphertext);
        files.workspace.write(SandboxFiles.ciphertextFile(ref), Base64.getDecoder().decode(ciphertext.blob()));
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
        files.keyIds.put(step.string("ref"), keyId);
        if (step.string("alias") != null) {
            call("CreateAlias", body().put("AliasName", step.string("alias")).put("TargetKeyId", keyId));
        }
    }

    private JsonNode call(String operation, ObjectNode body) {
        GatewayResponse response = gateway.invoke(sandbox.engine(), caller, operation, body.toString());
        requireOk(operation, response);
        return JSON.readTree(response.body());
    }

    private static void requireOk(String operation, GatewayResponse response) {
        if (!response.ok()) {
            throw new IllegalStateException("hands-on setup: " + operation + " failed with " + response.errorType()
                    + ": " + response.errorMessage());
        }
    }

    private ObjectNode keyOnly(Question.Directive step) {
        return body().put("KeyId", files.keyId(step.string("key")));
    }

    private static ObjectNode optional(ObjectNode body, String field, Integer value) {
        return value == null ? body : body.put(field, value);
    }

    private static ObjectNode withContext(ObjectNode body, Question.Directive step) {
        body.set("EncryptionContext", JSON.valueToTree(context(step)));
        return body;
    }

    private static Map<String, String> context(Question.Directive step) {
        return step.map("encryptionContext") == null ? Map.of() : step.map("encryptionContext");
    }

    private static ObjectNode body() {
        return JSON.createObjectNode();
    }
}
