package org.kmslab.engine.internal.policy;

import java.util.List;
import java.util.Map;

import org.kmslab.engine.internal.ops.Call;
import org.kmslab.engine.internal.store.ManagedKey;

/** Decides whether a call may perform an action on a key. */
public final class AccessControl {

    /** Throws AccessDeniedException when the key policy and grants do not allow the action. */
    public void authorize(Call call, ManagedKey key, String action, Map<String, String> context,
            List<String> grantTokens) {
    }

    /** Validates a new key policy document (and the lockout safety check unless bypassed). */
    public void checkNewPolicy(Call call, String policy, boolean bypassLockoutCheck) {
    }
}
