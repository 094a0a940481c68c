package org.kmslab.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /**
     * The header parsed, or empty when it is absent or not a well-formed SigV4 header: {@code AWS4-HMAC-SHA256},
     * white space, {@code Credential=<key id>/<8 digits>/<Region>/<service>/aws4_request}, a comma,
     * {@code SignedHeaders=} lower-case names ({@code [a-z0-9_.-]}) joined by {@code ;}, a comma, and
     * {@code Signature=} 64 lower-case hex digits; white space (space, tab, CR, LF, FF, VT) is allowed around the
     * commas and at the ends. Parsed by hand, in one pass: the regular expression this replaces was 4 % of a wire
     * request's CPU (docs/benchmarks.md).
     */
    public static Optional<SigV4Authorization> parse(String header) {
        if (header == null || header.length() > 4096) {
            return Optional.empty();
        }
        Cursor c = new Cursor(header.trim());
        if (!c.literal(ALGORITHM) || c.spaces() == 0 || !c.literal("Credential=")) {
            return Optional.empty();
        }
        String accessKeyId = c.scopePart();
        if (accessKeyId == null || !c.literal("/")) {
            return Optional.empty();
        }
        String date = c.digits(8);
        if (date == null || !c.literal("/")) {
            return Optional.empty();
        }
        String region = c.scopePart();
        if (region == null || !c.literal("/")) {
            return Optional.empty();
        }
        String service = c.scopePart();
        if (service == null || !c.literal("/aws4_request") || !c.comma() || !c.literal("SignedHeaders=")) {
            return Optional.empty();
        }
        String signedHeaders = c.headerNames();
        if (signedHeaders == null || !c.comma() || !c.literal("Signature=")) {
            return Optional.empty();
        }
        String signature = c.hex(64);
        c.spaces();
        if (signature == null || !c.atEnd()) {
            return Optional.empty();
        }
        return Optional.of(new SigV4Authorization(accessKeyId, date, region, service,
                Arrays.asList(signedHeaders.split(";")), signature));
    }

    /** A position in the header being parsed. */
    private static final class Cursor {
        private final String s;
        private int i;

        Cursor(String s) {
            this.s = s;
        }

        boolean literal(String expected) {
            if (s.startsWith(expected, i)) {
                i += expected.length();
                return true;
            }
            return false;
        }

        /** Skips white space ({@code \s}: space, tab, LF, VT, FF, CR); returns how much. */
        int spaces() {
            int start = i;
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            return i - start;
        }

        /** White space, a comma, white space. */
        boolean comma() {
            spaces();
            if (!literal(",")) {
                return false;
            }
            spaces();
            return true;
        }

        /** One or more characters other than '/', ',' and white space. */
        String scopePart() {
            int start = i;
            while (i < s.length() && s.charAt(i) != '/' && s.charAt(i) != ',' && !isSpace(s.charAt(i))) {
                i++;
            }
            return i > start ? s.substring(start, i) : null;
        }

        String digits(int n) {
            return run(n, ch -> ch >= '0' && ch <= '9');
        }

        String hex(int n) {
            return run(n, ch -> ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f');
        }

        /** One or more of {@code [a-z0-9;_.-]}. */
        String headerNames() {
            int start = i;
            while (i < s.length() && isHeaderNameChar(s.charAt(i))) {
                i++;
            }
            return i > start ? s.substring(start, i) : null;
        }

        boolean atEnd() {
            return i == s.length();
        }

        /** Exactly {@code n} characters of the class (and not one more of it). */
        private String run(int n, CharPredicate ok) {
            int start = i;
            while (i < s.length() && i - start < n && ok.test(s.charAt(i))) {
                i++;
            }
            if (i - start != n || i < s.length() && ok.test(s.charAt(i))) {
                return null;
            }
            return s.substring(start, i);
        }

        private static boolean isSpace(char ch) {
            return ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x0B || ch == '\f' || ch == '\r';
        }

        private static boolean isHeaderNameChar(char ch) {
            return ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == ';' || ch == '_' || ch == '.'
                    || ch == '-';
        }
    }

    @FunctionalInterface
    private interface CharPredicate {
        boolean test(char ch);
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
