package org.kmslab.engine.internal.ops;

import java.util.List;

import org.kmslab.engine.api.GetKeyPolicyRequest;
import org.kmslab.engine.api.GetKeyPolicyResult;
import org.kmslab.engine.api.ListKeyPoliciesRequest;
import org.kmslab.engine.api.ListKeyPoliciesResult;
import org.kmslab.engine.api.PutKeyPolicyRequest;
import org.kmslab.engine.api.PutKeyPolicyResult;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.internal.store.ManagedKey;

/** GetKeyPolicy, PutKeyPolicy and ListKeyPolicies; a key has exactly one policy, named {@code default}. */
public final class PolicyOps {

    private final EngineCore core;
    private final KeyResolver resolver;

    public PolicyOps(EngineCore core, KeyResolver resolver) {
        this.core = core;
        this.resolver = resolver;
    }

    public GetKeyPolicyResult getKeyPolicy(Call call, GetKeyPolicyRequest r) {
        String name = policyName(r.policyName());
        ManagedKey key = resolver.authorized(call, r.keyId(), false);
        return new GetKeyPolicyResult(key.policy(), name);
    }

    public PutKeyPolicyResult putKeyPolicy(Call call, PutKeyPolicyRequest r) {
        policyName(r.policyName());
        String policy = Validate.required("policy", r.policy());
        ManagedKey key = resolver.authorized(call, r.keyId(), false);
        core.access().checkNewPolicy(call, policy, key.arn(), Boolean.TRUE.equals(r.bypassPolicyLockoutSafetyCheck()));
        key.policy(policy);
        return new PutKeyPolicyResult();
    }

    public ListKeyPoliciesResult listKeyPolicies(Call call, ListKeyPoliciesRequest r) {
        Validate.range("limit", r.limit(), 1, 1000);
        resolver.authorized(call, r.keyId(), false);
        return new ListKeyPoliciesResult(List.of("default"), null, false);
    }

    /** Only {@code default} exists; GetKeyPolicy without a name reads it, as the current API allows. */
    private static String policyName(String name) {
        if (name == null) {
            return "default";
        }
        Validate.length("policyName", name, 1, 128);
        if (!name.equals("default")) {
            throw new NotFoundException("No such policy exists");
        }
        return name;
    }
}
