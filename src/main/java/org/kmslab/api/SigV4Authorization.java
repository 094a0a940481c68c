package org.kmslab.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a SigV4 {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20261129/us-east-1/kms/aws4_request, SignedHeaders=host;x-amz-date,
 * Signature=hex}.
 *
 * @param accessKeyId   who claims to have signed
 * @param date          the credential scope's date, {@code yyyyMMdd}
 * @param region        the credential scope's Region, which picks the engine
 * @param service       the credential scope's service, {@code kms} for KMS
 * @param signedHeaders lower-case header names in the order signed
 * @param signature     64 hex digits
 */
public record SigV4Authorization(String accessKeyId, String date, String region, String service,
        List<String> signedHeaders, String signature) {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private static final Pattern HEADER = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request\\s*,"
                    + "\\s*SignedHeaders=([a-z0-9;_.-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");

    /** The header parsed, or empty when it is absent or not a well-formed SigV4 header. */
    public static Optional<SigV4Authorization> parse(String header) {
        if (header == null || header.length() > 4096) {
            return Optional.empty();
        }
        Matcher m = HEADER.matcher(header.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SigV4Authorization(m.group(1), m.group(2), m.group(3), m.group(4),
                Arrays.asList(m.group(5).split(";")), m.group(6)));
    }

    /** {@code 20261129/us-east-1/kms/aws4_request}. */
    public String scope() {
        return date + "/" + region + "/" + service + "/aws4_request";
    }

    @Override
    public String toString() {
        return "SigV4Authorization[accessKeyId=" + accessKeyId + ", scope=" + scope() + "]";
    }
}
