package org.kmslab.engine.internal.policy;

import java.util.ArrayList;
import java.util.List;

import org.kmslab.engine.IamPolicyProvider;
import org.kmslab.engine.api.PolicyDecision;
import org.kmslab.engine.api.PolicyDecision.Decision;

/**
 * Evaluates a key policy for one request, AWS-style: an explicit Deny anywhere wins; otherwise a matching Allow
 * allows. A statement naming the account root (or the bare account id) delegates to IAM, asked through
 * {@link IamPolicyProvider}. Every statement examined leaves a line in the trace.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/determining-access.html
 */
final class PolicyEvaluator {

    private final IamPolicyProvider iam;

    PolicyEvaluator(IamPolicyProvider iam) {
        this.iam = iam;
    }

    PolicyDecision evaluate(PolicyDocument policy, RequestContext ctx, List<String> trace) {
        String allowedBy = null;
        for (PolicyDocument.Statement s : policy.statements()) {
            String miss = mismatch(s, ctx);
            if (miss != null) {
                trace.add(s.sid() + " (" + (s.allow() ? "Allow" : "Deny") + "): does not apply, " + miss);
                continue;
            }
            if (!s.allow()) {
                trace.add(s.sid() + " (Deny): applies, explicit deny");
                return new PolicyDecision(Decision.EXPLICIT_DENY, s.sid(), List.copyOf(trace));
            }
            trace.add(s.sid() + " (Allow): applies");
            allowedBy = allowedBy == null ? s.sid() : allowedBy;
        }
        return allowedBy == null ? new PolicyDecision(Decision.IMPLICIT_DENY, null, List.copyOf(trace))
                : new PolicyDecision(Decision.ALLOW, allowedBy, List.copyOf(trace));
    }

    /** Null when the statement applies to the request, else why not. */
    private String mismatch(PolicyDocument.Statement s, RequestContext ctx) {
        if (!s.actions().stream().anyMatch(a -> Conditions.glob(a, ctx.action(), true))) {
            return "action " + ctx.action() + " not in " + s.actions();
        }
        if (!s.resources().stream().anyMatch(r -> Conditions.glob(r, ctx.resourceArn(), false))) {
            return "resource not in " + s.resources();
        }
        String principal = principalMismatch(s, ctx);
        if (principal != null) {
            return principal;
        }
        String condition = Conditions.firstFailure(s.conditions(), ctx);
        return condition == null ? null : "condition " + condition;
    }

    private String principalMismatch(PolicyDocument.Statement s, RequestContext ctx) {
        if (s.anyPrincipal()) {
            return null;
        }
        for (String p : s.principals()) {
            if (p.equals(ctx.principalArn())) {
                return null;
            }
            String account = rootAccount(p);
            if (account != null && account.equals(ctx.callerAccount())) {
                if (!s.allow() || iam.allows(ctx.principalArn(), ctx.action(), ctx.resourceArn())) {
                    return null;
                }
                return "account root delegates to IAM, and IAM does not allow " + ctx.principalArn();
            }
        }
        return "principal " + ctx.principalArn() + " not in " + s.principals();
    }

    /** The account id when {@code p} is {@code arn:aws:iam::<acct>:root} or a bare 12-digit account id. */
    private static String rootAccount(String p) {
        if (p.matches("\\d{12}")) {
            return p;
        }
        if (p.startsWith("arn:aws:iam::") && p.endsWith(":root")) {
            return p.substring("arn:aws:iam::".length(), p.length() - ":root".length());
        }
        return null;
    }
}
