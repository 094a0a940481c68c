package org.kmslab.engine;

import java.util.Objects;

/**
 * The identity behind a call, as CloudTrail's {@code userIdentity} would show it. The key policy is evaluated for
 * {@link #principalArn()}; {@link #viaService()} (e.g. {@code s3.us-east-1.amazonaws.com}) feeds the
 * {@code kms:ViaService} condition.
 */
public record Caller(String accountId, String principalArn, CallSource source, String sourceIpAddress,
        String userAgent, String viaService) {

    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(principalArn, "principalArn");
        Objects.requireNonNull(source, "source");
    }

    /** The account's root principal {@code arn:aws:iam::<acct>:root}. */
    public static Caller root(String accountId, CallSource source) {
        return new Caller(accountId, "arn:aws:iam::" + accountId + ":root", source, null, null, null);
    }

    /** A named principal (a user or role ARN) of {@code accountId}. */
    public static Caller principal(String accountId, String principalArn, CallSource source) {
        return new Caller(accountId, principalArn, source, null, null, null);
    }

    /** The same caller acting through an AWS service, e.g. {@code s3.us-east-1.amazonaws.com}. */
    public Caller withViaService(String service) {
        return new Caller(accountId, principalArn, source, sourceIpAddress, userAgent, service);
    }

    /** KMS itself, for service events (rotation, deletion, expiry). */
    static Caller kmsInternal(String accountId) {
        return new Caller(accountId, "kms.amazonaws.com", CallSource.KMS_INTERNAL, null, "AWS Internal", null);
    }
}
