package org.kmslab.engine.internal.ops;

/** Key and alias identifiers: UUID key ids, key ARNs, alias names and alias ARNs. */
public final class KeyIds {

    private KeyIds() {
    }

    /** A multi-Region key id: {@code mrk-} and 32 lower-case hex characters. */
    public static final String MRK_PREFIX = "mrk-";

    /**
     * Lower-case hex in the 8-4-4-4-12 shape, or a multi-Region key id; checked by hand because this runs on every
     * call (a regex did not).
     */
    public static boolean isKeyId(String s) {
        if (s != null && s.length() == 36 && s.startsWith(MRK_PREFIX)) {
            return isHex(s, MRK_PREFIX.length());
        }
        if (s == null || s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean ok = (i == 8 || i == 13 || i == 18 || i == 23) ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    public static String keyArn(String region, String account, String keyId) {
        return "arn:aws:kms:" + region + ":" + account + ":key/" + keyId;
    }

    public static String aliasArn(String region, String account, String aliasName) {
        return "arn:aws:kms:" + region + ":" + account + ":" + aliasName;
    }

    /** A parsed {@code arn:aws:kms:<region>:<account>:<resource>}, or null when {@code s} is not one. */
    public static Arn parseArn(String s) {
        if (s == null || !s.startsWith("arn:")) {
            return null;
        }
        String[] p = s.split(":", 6);
        if (p.length != 6 || !p[1].startsWith("aws") || !"kms".equals(p[2])) {
            return null;
        }
        return new Arn(p[3], p[4], p[5]);
    }

    /** The parts of a KMS ARN that matter here. */
    public record Arn(String region, String account, String resource) {
    }
}
