package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The real AWS CLI (v1) and boto3 on every key spec added for issue 14, against KMS Lab over HTTP. What they get back
 * is checked offline in Java (signatures with Bouncy Castle, shared secrets with the peer's own ECDH). Skipped only
 * where the tool is not installed; on the project's machines both are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireCliAndBoto3Test {

    private static final byte[] MESSAGE = "signed by a real client".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> SIGNING = Map.of("ECC_NIST_EDWARDS25519", "ED25519_SHA_512",
            "ML_DSA_44", "ML_DSA_SHAKE_256", "ML_DSA_65", "ML_DSA_SHAKE_256", "ML_DSA_87", "ML_DSA_SHAKE_256",
            "SM2", "SM2DSA");
    private static final List<String> AGREEMENT = List.of("ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "SM2");

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    private int port;

    @TempDir
    Path dir;

    @Test
    void aws_cli_creates_signs_and_derives_with_every_new_spec() throws Exception {
        assumeTrue(onPath("aws"), "the AWS CLI is not installed");
        Path message = Files.write(dir.resolve("message.bin"), MESSAGE);
        for (var e : SIGNING.entrySet()) {
            String spec = e.getKey();
            String key = cli(spec, "create-key", "--key-spec", spec, "--key-usage", "SIGN_VERIFY")
                    .get("KeyMetadata").get("KeyId").asString();
            byte[] pub = b64(cli(spec, "get-public-key", "--key-id", key).get("PublicKey"));
            byte[] sig = b64(cli(spec, "sign", "--key-id", key, "--message", "fileb://" + message,
                    "--message-type", "RAW", "--signing-algorithm", e.getValue()).get("Signature"));
            assertThat(OfflineCrypto.verifies(spec, pub, MESSAGE, sig)).as(spec).isTrue();
        }
        for (String spec : AGREEMENT) {
            String key = cli(spec, "create-key", "--key-spec", spec, "--key-usage", "KEY_AGREEMENT")
                    .get("KeyMetadata").get("KeyId").asString();
            byte[] pub = b64(cli(spec, "get-public-key", "--key-id", key).get("PublicKey"));
            KeyPair peer = OfflineCrypto.peer(spec);
            Path peerFile = Files.write(dir.resolve(spec + ".der"), peer.getPublic().getEncoded());
            byte[] secret = b64(cli(spec, "derive-shared-secret", "--key-id", key, "--key-agreement-algorithm",
                    "ECDH", "--public-key", "fileb://" + peerFile).get("SharedSecret"));
            assertThat(secret).as(spec).isEqualTo(OfflineCrypto.ecdh(spec, peer.getPrivate(), pub));
        }
    }

    @Test
    void boto3_creates_signs_verifies_and_derives_with_every_new_spec() throws Exception {
        assumeTrue(onPath("python3"), "python3 is not installed");
        assumeTrue(run(List.of("python3", "-c", "import boto3"), null).exit() == 0, "boto3 is not installed");
        Path script = dir.resolve("new_specs_boto3.py");
        try (InputStream in = getClass().getResourceAsStream("/wire/new_specs_boto3.py")) {
            Files.copy(in, script);
        }
        Map<String, KeyPair> peers = new LinkedHashMap<>();
        Map<String, String> peerDer = new LinkedHashMap<>();
        for (String spec : AGREEMENT) {
            peers.put(spec, OfflineCrypto.peer(spec));
            peerDer.put(spec, Base64.getEncoder().encodeToString(peers.get(spec).getPublic().getEncoded()));
        }
        String input = json.writeValueAsString(Map.of("endpoint", "http://localhost:" + port,
                "message", Base64.getEncoder().encodeToString(MESSAGE), "peers", peerDer));
        Result r = run(List.of("python3", script.toString()), input);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode out = json.readTree(r.out());
        for (String spec : SIGNING.keySet()) {
            JsonNode n = out.get(spec);
            assertThat(n.get("valid").asBoolean()).as(spec).isTrue();
            assertThat(OfflineCrypto.verifies(spec, b64(n.get("publicKey")), MESSAGE, b64(n.get("signature"))))
                    .as(spec).isTrue();
        }
        for (String spec : AGREEMENT) {
            JsonNode n = out.get("KA:" + spec);
            assertThat(b64(n.get("sharedSecret"))).as(spec)
                    .isEqualTo(OfflineCrypto.ecdh(spec, peers.get(spec).getPrivate(), b64(n.get("publicKey"))));
        }
    }

    private JsonNode cli(String spec, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("aws", "--endpoint-url", "http://localhost:" + port, "--region",
                spec.equals("SM2") ? "cn-north-1" : "us-east-1", "--output", "json", "kms"));
        cmd.addAll(List.of(args));
        Result r = run(cmd, null);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return json.readTree(r.out());
    }

    private static byte[] b64(JsonNode n) {
        return Base64.getDecoder().decode(n.asString());
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(List<String> cmd, String stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        pb.environment().put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
        pb.environment().put("AWS_MAX_ATTEMPTS", "1");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (var w = p.getOutputStream()) {
            if (stdin != null) {
                w.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
