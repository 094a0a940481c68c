package org.kmslab.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Signs requests with the AWS SDK for Java v2's own SigV4 signer, the reference our verifier is tested against. */
public final class SdkSigner {

    private SdkSigner() {
    }

    /** The SDK-signed request: its headers by lower-case name, Authorization and X-Amz-Date included. */
    public record Signed(SdkHttpRequest request, Map<String, List<String>> headers) {

        /** Copies every header the SDK set (but Host, which the HTTP client sets itself) onto a request. */
        public void applyTo(java.net.http.HttpRequest.Builder request) {
            headers.forEach((name, values) -> {
                if (!name.equals("host")) {
                    values.forEach(v -> request.header(name, v));
                }
            });
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(",", values);
        }
    }

    public static Signed sign(String method, URI uri, Map<String, String> headers, String body, String accessKeyId,
            String secret, String region, Clock clock) {
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(builder::putHeader);
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKeyId, secret))
                .request(builder.build())
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "kms")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
        Map<String, List<String>> lower = new TreeMap<>();
        signed.request().headers().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return new Signed(signed.request(), lower);
    }
}
