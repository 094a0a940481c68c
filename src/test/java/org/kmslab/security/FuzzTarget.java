package org.kmslab.security;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.kmslab.KmsLabApplication;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.StateWrappingKey;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app under fuzzing, started once per JVM on a random loopback port in local mode, with one sandbox holding a
 * key of every kind and a sample of every value an operation takes (ciphertexts of each kind, a signature, a MAC, a
 * grant, import parameters), and a second sandbox whose ciphertext is "foreign". {@link #values} maps the
 * placeholders of {@link FuzzRequests} to those samples.
 */
final class FuzzTarget {

    static final String REGION = "us-east-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static FuzzTarget instance;

    final ConfigurableApplicationContext app;
    final int port;
    final SandboxService sandboxes;
    final Sandbox sandbox;
    final String accessKeyId;
    final StateWrappingKey root = StateWrappingKey.generate();
    final Map<String, String> values = new HashMap<>();
    final byte[] baseline;
    final String baselineSnapshot;
    final String baselineQuick;
    final java.util.List<String> watched = new java.util.ArrayList<>();
    private final KmsGateway gateway;

    /** Every ERROR logged while fuzzing: a lost audit record or an unexpected exception is a finding too. */
    final java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    private FuzzTarget() throws Exception {
        // Command-line arguments outrank application.properties (builder properties would not).
        app = new SpringApplicationBuilder(KmsLabApplication.class).profiles("test")
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--spring.datasource.url=jdbc:h2:mem:kmslab-fuzz-" + java.util.UUID.randomUUID()
                                + ";DB_CLOSE_DELAY=-1",
                        "--kmslab.data-dir=target/fuzz-data", "--logging.level.org.kmslab=warn");
        port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        sandboxes = app.getBean(SandboxService.class);
        gateway = app.getBean(KmsGateway.class);
        sandbox = sandboxes.create();
        accessKeyId = sandbox.principal("Admin").orElseThrow().credentials().accessKeyId();
        var appender = new ch.qos.logback.core.AppenderBase<ch.qos.logback.classic.spi.ILoggingEvent>() {
            @Override
            protected void append(ch.qos.logback.classic.spi.ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR)) {
                    errors.add(event.getLoggerName() + ": " + event.getFormattedMessage());
                }
            }
        };
        appender.start();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .addAppender(appender);
        makeFixtures();
        baseline = engine().exportState(root);
        baselineSnapshot = EngineSnapshot.of(engine(), root);
        for (String name : java.util.List.of("sym", "sym2", "rsaEnc", "rsaSign", "eccSign", "hmac", "external",
                "pending", "disabled")) {
            watched.add(values.get(name));
        }
        watched.add("alias/fuzz-sym");
        baselineQuick = quick();
    }

    static synchronized FuzzTarget get() throws Exception {
        if (instance == null) {
            instance = new FuzzTarget();
        }
        return instance;
    }

    static synchronized void stop() {
        if (instance != null) {
            instance.app.close();
            instance = null;
        }
    }

    KmsEngine engine() {
        return sandbox.engine(REGION);
    }

    /** {@link EngineSnapshot#quick} of the fuzzed engine. */
    String quick() {
        return EngineSnapshot.quick(engine(), root, watched);
    }

    /** Puts the fuzzed engine back to the fixtures, after a call that succeeded and may have changed it. */
    void restore() {
        engine().importState(baseline, root);
    }

    private JsonNode call(Sandbox in, String region, String operation, String body) {
        GatewayResponse r = gateway.invoke(in.engine(region), in.administrator(CallSource.CONSOLE), operation, body);
        if (!r.ok()) {
            throw new IllegalStateException(operation + " " + body + " -> " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private String key(String body) {
        return call(sandbox, REGION, "CreateKey", body).get("KeyMetadata").get("KeyId").asString();
    }

    private void makeFixtures() throws Exception {
        String account = sandbox.accountId();
        String sym = key("{\"Description\":\"fuzz\",\"Tags\":[{\"TagKey\":\"k\",\"TagValue\":\"v\"}]}");
        values.put("sym", sym);
        values.put("symArn", "arn:aws:kms:" + REGION + ":" + account + ":key/" + sym);
        values.put("sym2", key("{}"));
        values.put("rsaEnc", key("{\"KeySpec\":\"RSA_2048\",\"KeyUsage\":\"ENCRYPT_DECRYPT\"}"));
        values.put("rsaSign", key("{\"KeySpec\":\"RSA_2048\",\"KeyUsage\":\"SIGN_VERIFY\"}"));
        values.put("eccSign", key("{\"KeySpec\":\"ECC_NIST_P256\",\"KeyUsage\":\"SIGN_VERIFY\"}"));
        values.put("hmac", key("{\"KeySpec\":\"HMAC_256\",\"KeyUsage\":\"GENERATE_VERIFY_MAC\"}"));
        values.put("ecdh", key("{\"KeySpec\":\"ECC_NIST_P256\",\"KeyUsage\":\"KEY_AGREEMENT\"}"));
        values.put("ecdhPub", call(sandbox, REGION, "GetPublicKey", "{\"KeyId\":\"" + values.get("ecdh") + "\"}")
                .get("PublicKey").asString());
        String external = key("{\"Origin\":\"EXTERNAL\"}");
        values.put("external", external);
        String pending = key("{}");
        call(sandbox, REGION, "ScheduleKeyDeletion", "{\"KeyId\":\"" + pending + "\",\"PendingWindowInDays\":7}");
        values.put("pending", pending);
        String disabled = key("{}");
        call(sandbox, REGION, "DisableKey", "{\"KeyId\":\"" + disabled + "\"}");
        values.put("disabled", disabled);
        call(sandbox, REGION, "CreateAlias", "{\"AliasName\":\"alias/fuzz-sym\",\"TargetKeyId\":\"" + sym + "\"}");

        String ec = "\"EncryptionContext\":{\"purpose\":\"fuzz\"}";
        values.put("blob", call(sandbox, REGION, "Encrypt", "{\"KeyId\":\"" + sym + "\",\"Plaintext\":\"aGVsbG8=\","
                + ec + "}").get("CiphertextBlob").asString());
        values.put("dataKeyBlob", call(sandbox, REGION, "GenerateDataKey", "{\"KeyId\":\"" + sym
                + "\",\"KeySpec\":\"AES_256\"," + ec + "}").get("CiphertextBlob").asString());
        values.put("pairBlob", call(sandbox, REGION, "GenerateDataKeyPairWithoutPlaintext", "{\"KeyId\":\"" + sym
                + "\",\"KeyPairSpec\":\"ECC_NIST_P256\"," + ec + "}").get("PrivateKeyCiphertextBlob").asString());
        values.put("rsaBlob", call(sandbox, REGION, "Encrypt", "{\"KeyId\":\"" + values.get("rsaEnc")
                + "\",\"Plaintext\":\"aGVsbG8=\",\"EncryptionAlgorithm\":\"RSAES_OAEP_SHA_256\"}")
                .get("CiphertextBlob").asString());
        values.put("signature", call(sandbox, REGION, "Sign", "{\"KeyId\":\"" + values.get("eccSign")
                + "\",\"Message\":\"aGVsbG8=\",\"SigningAlgorithm\":\"ECDSA_SHA_256\"}").get("Signature").asString());
        values.put("mac", call(sandbox, REGION, "GenerateMac", "{\"KeyId\":\"" + values.get("hmac")
                + "\",\"Message\":\"aGVsbG8=\",\"MacAlgorithm\":\"HMAC_SHA_256\"}").get("Mac").asString());
        String developer = sandbox.principal("Developer").orElseThrow().arn();
        values.put("developerArn", developer);
        values.put("adminArn", sandbox.principal("Admin").orElseThrow().arn());
        JsonNode grant = call(sandbox, REGION, "CreateGrant", "{\"KeyId\":\"" + sym + "\",\"GranteePrincipal\":\""
                + developer + "\",\"RetiringPrincipal\":\"" + values.get("adminArn")
                + "\",\"Operations\":[\"Encrypt\",\"Decrypt\"]}");
        values.put("grantId", grant.get("GrantId").asString());
        values.put("grantToken", grant.get("GrantToken").asString());
        JsonNode params = call(sandbox, REGION, "GetParametersForImport", "{\"KeyId\":\"" + external
                + "\",\"WrappingAlgorithm\":\"RSAES_OAEP_SHA_256\",\"WrappingKeySpec\":\"RSA_2048\"}");
        values.put("importToken", params.get("ImportToken").asString());
        values.put("wrappedMaterial", wrap(params.get("PublicKey").asString()));
        values.put("policy", call(sandbox, REGION, "GetKeyPolicy", "{\"KeyId\":\"" + sym + "\"}").get("Policy")
                .asString());

        Sandbox stranger = sandboxes.create();
        String strangerKey = call(stranger, REGION, "CreateKey", "{}").get("KeyMetadata").get("KeyId").asString();
        values.put("foreignKeyArn", "arn:aws:kms:" + REGION + ":" + stranger.accountId() + ":key/" + strangerKey);
        values.put("foreignBlob", call(stranger, REGION, "Encrypt", "{\"KeyId\":\"" + strangerKey
                + "\",\"Plaintext\":\"aGVsbG8=\"," + ec + "}").get("CiphertextBlob").asString());
        String otherRegionKey = call(sandbox, "eu-west-1", "CreateKey", "{}").get("KeyMetadata").get("KeyId")
                .asString();
        values.put("otherRegionBlob", call(sandbox, "eu-west-1", "Encrypt", "{\"KeyId\":\"" + otherRegionKey
                + "\",\"Plaintext\":\"aGVsbG8=\"," + ec + "}").get("CiphertextBlob").asString());
    }

    /** 32 random bytes wrapped with RSAES_OAEP_SHA_256 under the import public key: valid key material. */
    private static String wrap(String publicKeyBase64) throws Exception {
        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.ENCRYPT_MODE, publicKey, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                PSource.PSpecified.DEFAULT));
        byte[] material = new byte[32];
        new java.security.SecureRandom().nextBytes(material);
        return Base64.getEncoder().encodeToString(rsa.doFinal(material));
    }
}
