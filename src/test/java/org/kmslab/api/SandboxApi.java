package org.kmslab.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox REST API as a test drives it over HTTP. */
public final class SandboxApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public SandboxApi(int port) {
        this.port = port;
    }

    /** {@code POST /api/sandboxes}: the new sandbox's JSON. */
    public JsonNode create() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/sandboxes"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** {@code POST /api/sandbox/reset}, SigV4-signed by the SDK's signer when credentials are given. */
    public HttpResponse<String> reset(String accessKeyId, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/sandbox/reset"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (accessKeyId != null) {
            SdkSigner.Signed signed = SdkSigner.sign("POST", uri("/api/sandbox/reset"), Map.of(), "", accessKeyId,
                    secret, "us-east-1", Clock.systemUTC());
            signed.applyTo(request);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public static String credential(JsonNode sandbox, String profile, String member) {
        for (JsonNode p : sandbox.get("principals")) {
            if (p.get("profile").asString().equals(profile)) {
                return p.get(member).asString();
            }
        }
        throw new IllegalArgumentException(profile);
    }
}
