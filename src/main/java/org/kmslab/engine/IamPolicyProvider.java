package org.kmslab.engine;

/**
 * The IAM side of authorization. A key policy statement naming the account root ({@code arn:aws:iam::<acct>:root})
 * delegates to IAM: it allows a principal of that account only if its IAM permissions allow the action. The sandbox
 * default gives every principal {@code kms:*}; lessons about IAM can plug in something stricter.
 */
@FunctionalInterface
public interface IamPolicyProvider {

    /** Whether {@code principalArn}'s IAM policies allow {@code action} (e.g. {@code kms:Encrypt}) on the resource. */
    boolean allows(String principalArn, String action, String resourceArn);

    /** Every principal has {@code kms:*}. */
    static IamPolicyProvider allowAll() {
        return (principal, action, resource) -> true;
    }
}
