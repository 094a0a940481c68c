package org.kmslab.engine.internal.policy;

import java.util.List;
import java.util.Map;

/**
 * What a policy is evaluated against: principal, action, resource, and the values of the condition keys
 * the engine supports ({@code kms:EncryptionContext:<k>}, {@code kms:EncryptionContextKeys}, {@code kms:ViaService},
 * {@code kms:CallerAccount}, {@code aws:PrincipalArn}, {@code kms:GrantIsForAWSResource}).
 */
record RequestContext(String principalArn, String callerAccount, String action, String resourceArn,
        Map<String, String> encryptionContext, String viaService) {

    /** Values of a condition key (case-insensitive key names, as IAM's); empty when the key is absent. */
    List<String> values(String conditionKey) {
        String k = conditionKey.toLowerCase(java.util.Locale.ROOT);
        if (k.startsWith("kms:encryptioncontext:")) {
            String name = conditionKey.substring("kms:EncryptionContext:".length());
            String v = encryptionContext.get(name);
            return v == null ? List.of() : List.of(v);
        }
        return switch (k) {
            case "kms:encryptioncontextkeys" -> List.copyOf(encryptionContext.keySet());
            case "kms:viaservice" -> viaService == null ? List.of() : List.of(viaService);
            case "kms:calleraccount" -> List.of(callerAccount);
            case "aws:principalarn" -> List.of(principalArn);
            case "kms:grantisforawsresource" -> List.of(Boolean.toString(viaService != null));
            default -> List.of();
        };
    }
}
