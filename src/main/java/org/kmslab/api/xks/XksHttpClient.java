package org.kmslab.api.xks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.kmslab.api.SigV4Authorization;
import org.kmslab.api.SigV4Signer;
import org.kmslab.engine.ExternalKeyClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the engine calls any XKS proxy: JSON over HTTP with the JDK client, each request signed with SigV4 (service
 * {@code kms-xks-proxy}, the calling Region, signed headers {@code host;x-amz-date}) under the proxy's own
 * credential. Every Encrypt asks for a Ciphertext Data Integrity Value and checks it, as KMS does.
 */
public final class XksHttpClient implements ExternalKeyClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final HttpClient http;
    private final Duration timeout;

    /** {@code timeout} per request (AWS KMS allows a proxy 250 ms; a shared teaching machine needs more). */
    public XksHttpClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Health getHealthStatus(Endpoint e, RequestMetadata m) {
        JsonNode r = post(e, "/health", body(m));
        List<String> statuses = new ArrayList<>();
        r.path("ekmFleetDetails").forEach(d -> statuses.add(d.path("healthStatus").asString()));
        if (!r.path("xksProxyFleetSize").canConvertToInt() || statuses.isEmpty()) {
            throw invalid();
        }
        return new Health(r.path("xksProxyFleetSize").asInt(), r.path("xksProxyVendor").asString(),
                r.path("ekmVendor").asString(), statuses);
    }

    @Override
    public KeyMetadata getKeyMetadata(Endpoint e, String keyId, RequestMetadata m) {
        JsonNode r = post(e, "/keys/" + keyId + "/metadata", body(m));
        List<String> usage = new ArrayList<>();
        r.path("keyUsage").forEach(u -> usage.add(u.asString()));
        if (!r.path("keySpec").isString() || !r.path("keyStatus").isString()) {
            throw invalid();
        }
        return new KeyMetadata(r.path("keySpec").asString(), usage, r.path("keyStatus").asString());
    }

    @Override
    public Sealed encrypt(Endpoint e, String keyId, RequestMetadata m, byte[] plaintext, byte[] aad) {
        ObjectNode b = body(m).put("plaintext", B64.encodeToString(plaintext)).put("encryptionAlgorithm", "AES_GCM")
                .put("ciphertextDataIntegrityValueAlgorithm", "SHA_256");
        if (aad != null) {
            b.put("additionalAuthenticatedData", B64.encodeToString(aad));
        }
        JsonNode r = post(e, "/keys/" + keyId + "/encrypt", b);
        try {
            byte[] meta = r.has("ciphertextMetadata") ? b64(r, "ciphertextMetadata") : null;
            Sealed s = new Sealed(b64(r, "ciphertext"), b64(r, "initializationVector"), b64(r, "authenticationTag"),
                    meta);
            byte[] cdiv = Cdiv.of(aad, meta, s.initializationVector(), s.ciphertext(), s.authenticationTag());
            if (!r.has("ciphertextDataIntegrityValue")
                    || !MessageDigest.isEqual(cdiv, b64(r, "ciphertextDataIntegrityValue"))) {
                throw invalid();
            }
            return s;
        } catch (IllegalArgumentException | NullPointerException bad) {
            throw invalid();
        }
    }

    @Override
    public byte[] decrypt(Endpoint e, String keyId, RequestMetadata m, Sealed s, byte[] aad) {
        ObjectNode b = body(m).put("ciphertext", B64.encodeToString(s.ciphertext())).put("encryptionAlgorithm",
                "AES_GCM").put("initializationVector", B64.encodeToString(s.initializationVector()))
                .put("authenticationTag", B64.encodeToString(s.authenticationTag()));
        if (aad != null) {
            b.put("additionalAuthenticatedData", B64.encodeToString(aad));
        }
        if (s.ciphertextMetadata() != null) {
            b.put("ciphertextMetadata", B64.encodeToString(s.ciphertextMetadata()));
        }
        JsonNode r = post(e, "/keys/" + keyId + "/decrypt", b);
        try {
            return b64(r, "plaintext");
        } catch (IllegalArgumentException | NullPointerException bad) {
            throw invalid();
        }
    }

    private static ObjectNode body(RequestMetadata m) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode meta = root.putObject("requestMetadata");
        if (m.awsPrincipalArn() != null) {
            meta.put("awsPrincipalArn", m.awsPrincipalArn());
        }
        if (m.kmsKeyArn() != null) {
            meta.put("kmsKeyArn", m.kmsKeyArn());
        }
        meta.put("kmsOperation", m.kmsOperation()).put("kmsRequestId", m.kmsRequestId());
        return root;
    }

    private JsonNode post(Endpoint e, String suffix, ObjectNode body) {
        byte[] payload = body.toString().getBytes(StandardCharsets.UTF_8);
        URI uri;
        try {
            uri = URI.create(e.uriEndpoint() + e.uriPath() + suffix);
        } catch (IllegalArgumentException bad) {
            throw new Failure(Failure.Kind.UNREACHABLE, null);
        }
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        String amzDate = XksProxy.amzDate(Instant.now());
        SigV4Authorization auth = new SigV4Authorization(e.accessKeyId(), amzDate.substring(0, 8), e.region(),
                XksProxy.SERVICE, List.of("host", "x-amz-date"), "");
        String signature = SigV4Signer.signature(e.secretAccessKey(), auth, amzDate, new SigV4Signer.SignedRequest(
                "POST", uri.getRawPath(), null, name -> name.equals("host") ? List.of(host) : List.of(amzDate),
                payload));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").header("X-Amz-Date", amzDate)
                .header("Authorization", SigV4Authorization.ALGORITHM + " Credential=" + e.accessKeyId() + "/"
                        + auth.scope() + ", SignedHeaders=host;x-amz-date, Signature=" + signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException t) {
            throw new Failure(Failure.Kind.TIMED_OUT, null);
        } catch (IOException | IllegalArgumentException t) {
            throw new Failure(Failure.Kind.UNREACHABLE, null);
        } catch (InterruptedException t) {
            Thread.currentThread().interrupt();
            throw new Failure(Failure.Kind.TIMED_OUT, null);
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (JacksonException bad) {
            throw invalid();
        }
        if (response.statusCode() != 200) {
            if (json == null || !json.path("errorName").isString()) {
                throw invalid();
            }
            throw new Failure(Failure.Kind.ERROR_NAME, json.path("errorName").asString());
        }
        if (json == null || !json.isObject()) {
            throw invalid();
        }
        return json;
    }

    private static byte[] b64(JsonNode r, String member) {
        if (!r.path(member).isString()) {
            throw new IllegalArgumentException(member + " missing");
        }
        return Base64.getDecoder().decode(r.path(member).asString());
    }

    private static Failure invalid() {
        return new Failure(Failure.Kind.INVALID_RESPONSE, null);
    }
}
