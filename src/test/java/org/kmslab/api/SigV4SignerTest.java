package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our server-side SigV4 computation agrees with the signatures the AWS SDK for Java v2 makes. */
class SigV4SignerTest {

    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Clock AT = Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "POST|http://localhost:18080/|{\"KeyId\":\"alias/demo\"}",
            "POST|http://localhost:18080/|''",
            "POST|http://127.0.0.1:8080/some/prefix/|{}",
            "POST|http://localhost:8080/a%20b/c|{\"Limit\":5}",
            "POST|http://localhost:8080/?b=2&a=1&a=0&c=x%2Fy|{}",
            "GET|http://localhost:8080/api/sandbox|''"})
    void our_signature_equals_the_sdks(String method, String url, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.1");
        headers.put("X-Amz-Target", "TrentService.DescribeKey");
        headers.put("X-Custom", "  spaced    value  ");
        URI uri = URI.create(url);
        SdkSigner.Signed signed = SdkSigner.sign(method, uri, headers, body, KEY_ID, SECRET, "eu-west-1", AT);

        SigV4Authorization auth = SigV4Authorization.parse(signed.header("Authorization")).orElseThrow();
        assertThat(auth.accessKeyId()).isEqualTo(KEY_ID);
        assertThat(auth.region()).isEqualTo("eu-west-1");
        assertThat(auth.service()).isEqualTo("kms");
        String ours = SigV4Signer.signature(SECRET, auth, signed.header("X-Amz-Date"),
                new SigV4Signer.SignedRequest(method, uri.getRawPath(), uri.getRawQuery(),
                        name -> signed.headers().get(name), body.getBytes(StandardCharsets.UTF_8)));
        assertThat(ours).isEqualTo(auth.signature());
    }

    @Test
    void a_different_secret_or_body_gives_a_different_signature() {
        URI uri = URI.create("http://localhost:8080/");
        SdkSigner.Signed signed = SdkSigner.sign("POST", uri, Map.of("X-Amz-Target", "TrentService.ListKeys"), "{}",
                KEY_ID, SECRET, "us-east-1", AT);
        SigV4Authorization auth = SigV4Authorization.parse(signed.header("Authorization")).orElseThrow();
        var request = new SigV4Signer.SignedRequest("POST", "/", null, name -> signed.headers().get(name),
                "{}".getBytes(StandardCharsets.UTF_8));
        var tampered = new SigV4Signer.SignedRequest("POST", "/", null, name -> signed.headers().get(name),
                "{ }".getBytes(StandardCharsets.UTF_8));
        String date = signed.header("X-Amz-Date");
        assertThat(SigV4Signer.signature(SECRET, auth, date, request)).isEqualTo(auth.signature());
        assertThat(SigV4Signer.signature(SECRET + "x", auth, date, request)).isNotEqualTo(auth.signature());
        assertThat(SigV4Signer.signature(SECRET, auth, date, tampered)).isNotEqualTo(auth.signature());
    }

    @Test
    void authorization_headers_that_are_not_sigv4_are_not_parsed() {
        assertThat(SigV4Authorization.parse(null)).isEmpty();
        assertThat(SigV4Authorization.parse("Basic dXNlcjpwYXNz")).isEmpty();
        assertThat(SigV4Authorization.parse("AWS4-HMAC-SHA256 Credential=AKID/2026/us-east-1/kms/aws4_request, "
                + "SignedHeaders=host, Signature=abc")).isEmpty();
        assertThat(SigV4Authorization.parse("AWS4-HMAC-SHA256 Credential=AKID/20261129/us-east-1/kms/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64))).hasValueSatisfying(a -> {
                    assertThat(a.signedHeaders()).containsExactly("host", "x-amz-date");
                    assertThat(a.toString()).doesNotContain("0000");
                });
    }

    /** The regular expression the hand-written parser replaced: the reference for what a SigV4 header is. */
    private static final Pattern REFERENCE = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request\\s*,"
                    + "\\s*SignedHeaders=([a-z0-9;_.-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");

    @Test
    void the_parser_accepts_and_splits_exactly_what_the_reference_expression_does() {
        List<String> valid = List.of(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261129/us-east-1/kms/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0a".repeat(32),
                "  AWS4-HMAC-SHA256\t\tCredential=A/20261129/eu-west-1/kms/aws4_request ,\nSignedHeaders=host ,"
                        + "Signature=" + "f".repeat(64) + " \r\n",
                "AWS4-HMAC-SHA256 Credential=AKID/20261129/x/y/aws4_request,SignedHeaders=a;;b_.-9;,Signature="
                        + "1".repeat(64));
        String alphabet = "AWS4-HMAC-SHA256 Credential=/,;0123456789abcdefgz_.\t\n\u000b\f\r\u0001\u00e9";
        Random random = new Random(4);
        int accepted = 0;
        int tried = 0;
        for (String header : valid) {
            for (int round = 0; round < 4_000; round++) {
                StringBuilder mutated = new StringBuilder(header);
                for (int edits = random.nextInt(3); edits > 0 && !mutated.isEmpty(); edits--) {
                    int at = random.nextInt(mutated.length());
                    char ch = alphabet.charAt(random.nextInt(alphabet.length()));
                    switch (random.nextInt(3)) {
                        case 0 -> mutated.deleteCharAt(at);
                        case 1 -> mutated.insert(at, ch);
                        default -> mutated.setCharAt(at, ch);
                    }
                }
                String text = mutated.toString();
                Matcher m = REFERENCE.matcher(text.trim());
                Optional<SigV4Authorization> parsed = SigV4Authorization.parse(text);
                tried++;
                if (m.matches()) {
                    accepted++;
                    assertThat(parsed).as(text).contains(new SigV4Authorization(m.group(1), m.group(2), m.group(3),
                            m.group(4), Arrays.asList(m.group(5).split(";")), m.group(6)));
                } else {
                    assertThat(parsed).as(text).isEmpty();
                }
            }
        }
        assertThat(accepted).as("headers the reference accepts, of %d", tried).isBetween(1_000, tried - 1_000);
    }
}
