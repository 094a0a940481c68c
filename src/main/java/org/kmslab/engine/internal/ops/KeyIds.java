package org.kmslab.engine.internal.ops;

import java.util.regex.Pattern;

/** Key and alias identifiers: UUID key ids, key ARNs, alias names and alias ARNs. */
public final class KeyIds {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private KeyIds() {
    }

    public static boolean isKeyId(String s) {
        return s != null && UUID.matcher(s).matches();
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
