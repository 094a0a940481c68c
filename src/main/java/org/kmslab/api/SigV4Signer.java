package org.kmslab.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 as a server recomputes it: canonical request, string to sign, and the HMAC-SHA256 chain
 * {@code AWS4<secret> -> date -> region -> service -> aws4_request}. Follows "Create a signed AWS API request" in the
 * IAM User Guide; used to verify AWS KMS requests and, in {@code api.xks}, to sign and verify XKS proxy requests
 * (service {@code kms-xks-proxy}). {@code SigV4SignerTest} checks it against signatures made by the AWS SDK for Java v2.
 */
public final class SigV4Signer {

    private static final HexFormat HEX = HexFormat.of();

    private SigV4Signer() {
    }

    /**
     * The request as it was signed.
     *
     * @param method      e.g. {@code POST}
     * @param rawPath     the path as sent on the wire (still percent-encoded), e.g. {@code /}
     * @param rawQuery    the query string as sent, or null
     * @param headers     header values by lower-case name, only the signed ones are read
     * @param payload     the request body
     */
    public record SignedRequest(String method, String rawPath, String rawQuery, Function<String, List<String>> headers,
            byte[] payload) {
    }

    /** The signature (64 hex digits) {@code secret} would give this request under {@code auth}'s scope. */
    public static String signature(String secret, SigV4Authorization auth, String amzDate, SignedRequest request) {
        String canonical = canonicalRequest(auth, request);
        String stringToSign = SigV4Authorization.ALGORITHM + "\n" + amzDate + "\n" + auth.scope() + "\n"
                + HEX.formatHex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), auth.date());
        key = hmac(key, auth.region());
        key = hmac(key, auth.service());
        key = hmac(key, "aws4_request");
        return HEX.formatHex(hmac(key, stringToSign));
    }

    static String canonicalRequest(SigV4Authorization auth, SignedRequest request) {
        StringBuilder headers = new StringBuilder();
        for (String name : auth.signedHeaders()) {
            List<String> values = request.headers().apply(name);
            List<String> trimmed = new ArrayList<>();
            for (String v : values == null ? List.<String>of() : values) {
                trimmed.add(v.trim().replaceAll(" +", " "));
            }
            headers.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        return request.method() + "\n" + canonicalPath(request.rawPath()) + "\n" + canonicalQuery(request.rawQuery())
                + "\n" + headers + "\n" + String.join(";", auth.signedHeaders()) + "\n"
                + HEX.formatHex(sha256(request.payload()));
    }

    /** Non-S3 services encode each path segment twice: once by the client, once more for the signature. */
    private static String canonicalPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder();
        String[] segments = rawPath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(encode(segments[i]));
        }
        return out.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        Map<String, List<String>> sorted = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = encode(decode(eq < 0 ? pair : pair.substring(0, eq)));
            String value = encode(decode(eq < 0 ? "" : pair.substring(eq + 1)));
            sorted.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        List<String> parts = new ArrayList<>();
        sorted.forEach((name, values) -> values.stream().sorted().forEach(v -> parts.add(name + "=" + v)));
        return String.join("&", parts);
    }

    /** RFC 3986 percent-encoding of everything but the unreserved characters, as SigV4 requires. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
        }
    }
}
