package org.kmslab.engine.internal.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kmslab.engine.Caller;
import org.kmslab.engine.IamPolicyProvider;
import org.kmslab.engine.api.PolicyDecision;
import org.kmslab.engine.api.PolicyDecision.Decision;
import org.kmslab.engine.exception.AccessDeniedException;
import org.kmslab.engine.exception.InvalidGrantTokenException;
import org.kmslab.engine.exception.MalformedPolicyDocumentException;
import org.kmslab.engine.exception.ValidationException;
import org.kmslab.engine.internal.ops.Call;
import org.kmslab.engine.internal.store.KeyStore;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * Decides whether a caller may perform an action on a key: the key policy first (explicit Deny wins, Allow by
 * principal, action, resource and conditions), then the key's grants. Evaluated on every call.
 */
public final class AccessControl {

    static final int MAX_POLICY_LENGTH = 32768;
    /** Parsed policies kept; a sandbox has a handful of distinct policy texts, so the bound is rarely reached. */
    static final int MAX_PARSED_POLICIES = 256;
    private final KeyStore store;
    private final PolicyEvaluator evaluator;
    private final Grants grants;
    /**
     * Policy text to parsed document. Parsing the JSON on every call cost about a sixth of an Encrypt (see
     * docs/benchmarks.md); the text is an immutable String and the document is immutable, so the text is the key.
     */
    private final Map<String, PolicyDocument> parsed = new ConcurrentHashMap<>();
    private final IamPolicyProvider iam;

    public AccessControl(KeyStore store, IamPolicyProvider iam) {
        this.store = store;
        this.iam = iam;
        this.evaluator = new PolicyEvaluator(iam);
        this.grants = new Grants();
    }

    /** The decision and its trace, without throwing (for the UI and for {@link #authorize}). */
    public PolicyDecision decide(Caller caller, ManagedKey key, String action, Map<String, String> context) {
        RequestContext ctx = new RequestContext(caller.principalArn(), caller.accountId(), action, key.arn(),
                context == null ? Map.of() : context, caller.viaService());
        List<String> trace = new ArrayList<>();
        PolicyDecision byPolicy = evaluator.evaluate(parsed(key.policy()), ctx, trace);
        if (byPolicy.decision() != Decision.IMPLICIT_DENY) {
            return byPolicy;
        }
        String grantId = grants.allowingGrant(store.grants().values(), key.keyId(), ctx, trace);
        return grantId == null ? byPolicy : new PolicyDecision(Decision.ALLOW, "grant " + grantId, List.copyOf(trace));
    }

    private PolicyDocument parsed(String policy) {
        PolicyDocument doc = parsed.get(policy);
        if (doc == null) {
            doc = PolicyDocument.parse(policy);
            if (parsed.size() >= MAX_PARSED_POLICIES) {
                parsed.clear();
            }
            parsed.put(policy, doc);
        }
        return doc;
    }

    /** Throws AccessDeniedException (AWS's message) unless allowed; grant tokens must be tokens this engine issued. */
    public void authorize(Call call, ManagedKey key, String action, Map<String, String> context,
            List<String> grantTokens) {
        if (grantTokens != null) {
            for (String t : grantTokens) {
                if (GrantTokens.grantId(t) == null) {
                    throw new InvalidGrantTokenException("The grant token is not valid.");
                }
            }
        }
        PolicyDecision d = decide(call.caller(), key, action, context);
        if (!d.allowed()) {
            throw denied(call.caller(), action, key.arn(), d.decision() == Decision.EXPLICIT_DENY);
        }
    }

    /**
     * For operations that no key policy governs (CreateKey): only the caller's IAM policies decide, on resource
     * {@code *}. Throws AWS's identity-based AccessDeniedException unless they allow {@code action}.
     */
    public void authorizeByIam(Call call, String action) {
        if (!iam.allows(call.caller().principalArn(), action, "*")) {
            throw new AccessDeniedException("User: " + call.caller().principalArn() + " is not authorized to perform: "
                    + action + " on resource: * because no identity-based policy allows the " + action + " action");
        }
    }

    /** AWS's AccessDeniedException text for key-policy refusals. */
    public static AccessDeniedException denied(Caller caller, String action, String resource, boolean explicit) {
        return new AccessDeniedException("User: " + caller.principalArn() + " is not authorized to perform: " + action
                + " on resource: " + resource + (explicit ? " with an explicit deny in a resource-based policy"
                        : " because no resource-based policy allows the " + action + " action"));
    }

    /**
     * Validates a new policy document; unless bypassed, applies AWS's lockout safety check: the policy must still
     * let the caller call PutKeyPolicy.
     */
    public void checkNewPolicy(Call call, String policy, String keyArn, boolean bypassLockoutCheck) {
        if (policy.isEmpty() || policy.length() > MAX_POLICY_LENGTH) {
            throw new ValidationException("1 validation error detected: Value at 'policy' failed to satisfy "
                    + "constraint: Member must have length " + (policy.isEmpty() ? "greater than or equal to 1"
                            : "less than or equal to " + MAX_POLICY_LENGTH));
        }
        PolicyDocument doc = PolicyDocument.parse(policy);
        if (bypassLockoutCheck) {
            return;
        }
        Caller c = call.caller();
        RequestContext ctx = new RequestContext(c.principalArn(), c.accountId(), "kms:PutKeyPolicy", keyArn, Map.of(),
                c.viaService());
        if (!evaluator.evaluate(doc, ctx, new ArrayList<>()).allowed()) {
            throw new MalformedPolicyDocumentException(
                    "The new key policy will not allow you to update the key policy in the future.");
        }
    }
}
