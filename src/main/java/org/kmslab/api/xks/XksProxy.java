package org.kmslab.api.xks;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kmslab.api.SigV4Authorization;
import org.kmslab.api.SigV4Signer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The XKS proxy API, transport aside: routes {@code POST <uriPath>/health} and
 * {@code POST <uriPath>/keys/<externalKeyId>/(metadata|encrypt|decrypt)}, verifies the SigV4 signature (service
 * {@code kms-xks-proxy}, the tenant's own access key, a request time within five minutes), and answers with the
 * spec's JSON or its {@code {"errorName": ...}} errors. Several tenants (each its own path prefix, credential and key
 * manager) share one proxy, as the spec's optional path prefix allows. Thread-safe.
 */
final class XksProxy {

    static final String SERVICE = "kms-xks-proxy";
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern KEY_PATH = Pattern.compile("/keys/([A-Za-z0-9._-]{1,128})/(metadata|encrypt|decrypt)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One proxy tenant: its path prefix ({@code .../kms/xks/v1}), SigV4 credential and external key manager. */
    record Tenant(String uriPath, String accessKeyId, String secret, ExternalKeyManager keys, XksRequestLog log) {
        @Override
        public String toString() {
            return "Tenant[" + uriPath + ", " + accessKeyId + ", secret redacted]";
        }
    }

    /** An HTTP answer: status and JSON body. */
    record Response(int status, String body) {
    }

    private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();

    void add(Tenant t) {
        tenants.put(t.uriPath(), t);
    }

    Optional<Tenant> tenant(String uriPath) {
        return Optional.ofNullable(tenants.get(uriPath));
    }

    /**
     * Handles one request.
     *
     * @param rawPath the path as sent (no query)
     * @param headers header values by lower-case name
     */
    Response handle(String method, String rawPath, Function<String, List<String>> headers, byte[] body) {
        Tenant tenant = null;
        String rest = null;
        for (Tenant t : tenants.values()) {
            if (rawPath.startsWith(t.uriPath() + "/")) {
                tenant = t;
                rest = rawPath.substring(t.uriPath().length());
            }
        }
        Matcher key = rest == null ? null : KEY_PATH.matcher(rest);
        boolean health = "/health".equals(rest);
        if (tenant == null || (!health && !key.matches())) {
            return error(404, "InvalidUriPathException", "No XKS proxy API at this path.");
        }
        if (!"POST".equals(method)) {
            return error(405, "ValidationException", "XKS proxy APIs take POST only.");
        }
        if (!authentic(tenant, method, rawPath, headers, body)) {
            return error(401, "AuthenticationFailedException", "The SigV4 signature does not verify.");
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JacksonException e) {
            return error(400, "ValidationException", "The request body is not JSON.");
        }
        JsonNode meta = request == null ? null : request.get("requestMetadata");
        if (meta == null || !meta.path("kmsRequestId").isString() || !meta.path("kmsOperation").isString()) {
            return error(400, "ValidationException", "requestMetadata with kmsRequestId and kmsOperation is required.");
        }
        String api = health ? "GetHealthStatus" : switch (key.group(2)) {
            case "metadata" -> "GetKeyMetadata";
            case "encrypt" -> "Encrypt";
            default -> "Decrypt";
        };
        String keyId = health ? null : key.group(1);
        Response r;
        try {
            r = health ? health() : switch (api) {
                case "GetKeyMetadata" -> metadata(tenant, keyId);
                case "Encrypt" -> encrypt(tenant, keyId, request);
                default -> decrypt(tenant, keyId, request);
            };
        } catch (ExternalKeyManager.Refusal e) {
            r = error(e.errorName.equals("KeyNotFoundException") ? 404 : 400, e.errorName, null);
        } catch (IllegalArgumentException e) {
            r = error(400, "ValidationException", "A Base64 member is not valid Base64.");
        }
        tenant.log().add(api, meta.path("kmsOperation").asString(), meta.path("kmsRequestId").asString(),
                meta.path("kmsKeyArn").isString() ? meta.path("kmsKeyArn").asString() : null, keyId, r.status());
        return r;
    }

    private boolean authentic(Tenant t, String method, String rawPath, Function<String, List<String>> headers,
            byte[] body) {
        List<String> authorization = headers.apply("authorization");
        List<String> dates = headers.apply("x-amz-date");
        if (authorization == null || authorization.size() != 1 || dates == null || dates.size() != 1) {
            return false;
        }
        Optional<SigV4Authorization> auth = SigV4Authorization.parse(authorization.get(0));
        if (auth.isEmpty() || !auth.get().service().equals(SERVICE) || !auth.get().accessKeyId().equals(t.accessKeyId())
                || !auth.get().signedHeaders().contains("host") || !auth.get().signedHeaders().contains("x-amz-date")) {
            return false;
        }
        try {
            Instant at = Instant.from(AMZ_DATE.parse(dates.get(0)));
            if (Duration.between(at, Instant.now()).abs().compareTo(SKEW) > 0
                    || !dates.get(0).startsWith(auth.get().date())) {
                return false;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        String expected = SigV4Signer.signature(t.secret(), auth.get(), dates.get(0),
                new SigV4Signer.SignedRequest(method, rawPath, null, headers, body));
        return MessageDigest.isEqual(expected.getBytes(), auth.get().signature().getBytes());
    }

    private static Response health() {
        ObjectNode out = JSON.createObjectNode().put("xksProxyFleetSize", 1).put("xksProxyVendor", "KMS Lab")
                .put("xksProxyModel", "KMS Lab in-process XKS proxy 1.0").put("ekmVendor", "KMS Lab");
        out.putArray("ekmFleetDetails").addObject().put("id", "ekm-1").put("model", "KMS Lab software key manager")
                .put("healthStatus", "ACTIVE");
        return new Response(200, out.toString());
    }

    private static Response metadata(Tenant t, String keyId) {
        ObjectNode out = JSON.createObjectNode().put("keySpec", "AES_256");
        out.putArray("keyUsage").add("ENCRYPT").add("DECRYPT");
        out.put("keyStatus", t.keys().status(keyId));
        return new Response(200, out.toString());
    }

    private static Response encrypt(Tenant t, String keyId, JsonNode r) {
        if (!r.path("plaintext").isString() || !r.path("encryptionAlgorithm").isString()) {
            return error(400, "ValidationException", "plaintext and encryptionAlgorithm are required.");
        }
        if (!r.path("encryptionAlgorithm").asString().equals("AES_GCM")) {
            return error(501, "UnsupportedOperationException", "Only AES_GCM is supported.");
        }
        byte[] plaintext = b64(r, "plaintext");
        byte[] aad = r.has("additionalAuthenticatedData") ? b64(r, "additionalAuthenticatedData") : null;
        if (plaintext.length > 8192 || (aad != null && aad.length > 8192)) {
            return error(501, "UnsupportedOperationException", "plaintext or AAD larger than 8192 bytes.");
        }
        ExternalKeyManager.Sealed s = t.keys().encrypt(keyId, plaintext, aad);
        Base64.Encoder e = Base64.getEncoder();
        ObjectNode out = JSON.createObjectNode().put("ciphertext", e.encodeToString(s.ciphertext()))
                .put("ciphertextMetadata", e.encodeToString(s.metadata()))
                .put("initializationVector", e.encodeToString(s.iv()))
                .put("authenticationTag", e.encodeToString(s.tag()));
        if (r.has("ciphertextDataIntegrityValueAlgorithm")) {
            if (!r.path("ciphertextDataIntegrityValueAlgorithm").asString().equals("SHA_256")) {
                return error(400, "ValidationException", "ciphertextDataIntegrityValueAlgorithm must be SHA_256.");
            }
            out.put("ciphertextDataIntegrityValue", e.encodeToString(Cdiv.of(aad, s.metadata(), s.iv(),
                    s.ciphertext(), s.tag())));
        }
        return new Response(200, out.toString());
    }

    private static Response decrypt(Tenant t, String keyId, JsonNode r) {
        for (String member : List.of("ciphertext", "encryptionAlgorithm", "initializationVector",
                "authenticationTag")) {
            if (!r.path(member).isString()) {
                return error(400, "ValidationException", member + " is required.");
            }
        }
        if (!r.path("encryptionAlgorithm").asString().equals("AES_GCM")) {
            return error(501, "UnsupportedOperationException", "Only AES_GCM is supported.");
        }
        byte[] plaintext = t.keys().decrypt(keyId, b64(r, "ciphertext"), b64(r, "initializationVector"),
                b64(r, "authenticationTag"),
                r.has("additionalAuthenticatedData") ? b64(r, "additionalAuthenticatedData") : null,
                r.has("ciphertextMetadata") ? b64(r, "ciphertextMetadata") : null);
        return new Response(200, JSON.createObjectNode().put("plaintext",
                Base64.getEncoder().encodeToString(plaintext)).toString());
    }

    private static byte[] b64(JsonNode r, String member) {
        return Base64.getDecoder().decode(r.path(member).asString());
    }

    static Response error(int status, String name, String message) {
        ObjectNode out = JSON.createObjectNode().put("errorName", name);
        if (message != null) {
            out.put("errorMessage", message);
        }
        return new Response(status, out.toString());
    }

    /** For the {@code AMZ_DATE} format shared with the client. */
    static String amzDate(Instant at) {
        return AMZ_DATE.format(at);
    }
}
