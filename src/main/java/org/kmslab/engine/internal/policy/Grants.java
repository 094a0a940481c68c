package org.kmslab.engine.internal.policy;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.kmslab.engine.api.GrantOperation;
import org.kmslab.engine.internal.store.GrantRecord;

/**
 * Grant-based allows: a grant on the key whose grantee is the caller, listing the operation, with its encryption
 * context constraint satisfied. Grants only add permissions; they never override an explicit Deny.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 */
final class Grants {

    /** The id of the first grant that allows the request, or null; each grant examined adds a trace line. */
    String allowingGrant(Collection<GrantRecord> all, String keyId, RequestContext ctx, List<String> trace) {
        String op = ctx.action().startsWith("kms:") ? ctx.action().substring(4) : ctx.action();
        for (GrantRecord g : all) {
            if (!g.keyId().equals(keyId) || !g.granteePrincipal().equals(ctx.principalArn())) {
                continue;
            }
            boolean listed = g.operations().stream().map(GrantOperation::wire).anyMatch(op::equals);
            if (!listed) {
                trace.add("grant " + g.grantId() + ": does not list " + op);
            } else if (!constraintsHold(g, ctx.encryptionContext())) {
                trace.add("grant " + g.grantId() + ": encryption context constraint not satisfied");
            } else {
                trace.add("grant " + g.grantId() + ": allows " + op);
                return g.grantId();
            }
        }
        return null;
    }

    static boolean constraintsHold(GrantRecord g, Map<String, String> context) {
        if (g.contextEquals() != null && !g.contextEquals().equals(context)) {
            return false;
        }
        return g.contextSubset() == null || context.entrySet().containsAll(g.contextSubset().entrySet());
    }
}
