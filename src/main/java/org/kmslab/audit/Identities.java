package org.kmslab.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kmslab.audit.CloudTrailEvent.UserIdentity;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;

/**
 * Turns an engine {@link Caller} into CloudTrail's {@code userIdentity}, following
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html :
 * {@code Root}, {@code IAMUser}, {@code AssumedRole} (with its {@code sessionIssuer}), {@code AWSService}, and the
 * bare {@code {accountId, invokedBy: "AWS Internal"}} of KMS-initiated events. Principal ids are synthetic but stable
 * ({@code AIDA…}/{@code AROA…} followed by a digest of the ARN), since the sandbox has no IAM to issue real ones.
 */
final class Identities {

    static final String AWS_INTERNAL = "AWS Internal";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Identities() {
    }

    static UserIdentity of(Caller caller) {
        String arn = caller.principalArn();
        String invokedBy = invokedBy(caller);
        if (caller.source() == CallSource.KMS_INTERNAL) {
            return new UserIdentity(null, null, null, caller.accountId(), null, null, AWS_INTERNAL);
        }
        if (!arn.startsWith("arn:")) {
            // A service principal such as s3.amazonaws.com calling with its own identity.
            return new UserIdentity("AWSService", null, null, null, null, null, arn);
        }
        String account = accountOf(arn, caller.accountId());
        String[] arnParts = arn.split(":", 6);
        String resource = arnParts.length == 6 ? arnParts[5] : arn;
        if (resource.equals("root")) {
            return new UserIdentity("Root", account, arn, account, null, null, invokedBy);
        }
        if (resource.startsWith("user/")) {
            return new UserIdentity("IAMUser", "AIDA" + digest(arn), arn, account, lastSegment(resource), null,
                    invokedBy);
        }
        if (resource.startsWith("assumed-role/") || resource.startsWith("role/")) {
            String[] parts = resource.split("/");
            String roleName = parts.length > 1 ? parts[1] : resource;
            String session = resource.startsWith("assumed-role/") && parts.length > 2 ? parts[parts.length - 1]
                    : roleName;
            String roleArn = "arn:aws:iam::" + account + ":role/" + roleName;
            String roleId = "AROA" + digest(roleArn);
            Map<String, Object> issuer = new LinkedHashMap<>();
            issuer.put("type", "Role");
            issuer.put("principalId", roleId);
            issuer.put("arn", roleArn);
            issuer.put("accountId", account);
            issuer.put("userName", roleName);
            return new UserIdentity("AssumedRole", roleId + ":" + session, arn, account, null,
                    Map.of("sessionIssuer", issuer), invokedBy);
        }
        return new UserIdentity("Unknown", digest(arn), arn, account, null, null, invokedBy);
    }

    /**
     * The name LookupEvents shows as {@code Username}: {@code root}, the IAM user name, the role session name, or
     * the service principal; null for KMS-initiated events.
     */
    static String username(Caller caller) {
        if (caller.source() == CallSource.KMS_INTERNAL) {
            return null;
        }
        UserIdentity id = of(caller);
        return switch (id.type()) {
            case "Root" -> "root";
            case "IAMUser" -> id.userName();
            case "AssumedRole" -> id.principalId().substring(id.principalId().indexOf(':') + 1);
            case "AWSService" -> id.invokedBy();
            default -> caller.principalArn();
        };
    }

    /** {@code s3.us-east-1.amazonaws.com} becomes the service principal {@code s3.amazonaws.com}; null stays null. */
    static String invokedBy(Caller caller) {
        String via = caller.viaService();
        if (via == null || via.isBlank()) {
            return null;
        }
        String service = via.toLowerCase(Locale.ROOT);
        int dot = service.indexOf('.');
        return dot < 0 ? service + ".amazonaws.com" : service.substring(0, dot) + ".amazonaws.com";
    }

    /** The account field of an ARN ({@code arn:partition:service:region:account:resource}), or the fallback. */
    static String accountOf(String arn, String fallback) {
        if (arn == null) {
            return fallback;
        }
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && !parts[4].isEmpty() ? parts[4] : fallback;
    }

    /** The resource id after the last '/', e.g. the key id of a key ARN. */
    static String lastSegment(String value) {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder(17);
            for (int i = 0; i < 17; i++) {
                out.append(BASE32[(hash[i] & 0xff) % 32]);
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
