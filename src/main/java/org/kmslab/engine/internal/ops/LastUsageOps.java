package org.kmslab.engine.internal.ops;

import java.util.Set;

import org.kmslab.engine.api.GetKeyLastUsageRequest;
import org.kmslab.engine.api.GetKeyLastUsageResult;
import org.kmslab.engine.api.KeyLastUsageData;
import org.kmslab.engine.api.Operation;
import org.kmslab.engine.internal.store.LastUsage;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * GetKeyLastUsage, and the bookkeeping behind it: after each successful cryptographic operation on a key (the
 * operations AWS's {@code KeyLastUsageTrackingOperation} lists), the key remembers the operation, time, CloudTrail
 * event id and request id. Tracking starts when the key is created. ReEncrypt is recorded for the key its event
 * names (the destination); AWS records it for both keys.
 * Source: https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyLastUsage.html
 */
public final class LastUsageOps {

    private static final Set<Operation> TRACKED = Set.of(Operation.DECRYPT, Operation.DERIVE_SHARED_SECRET,
            Operation.ENCRYPT, Operation.GENERATE_DATA_KEY, Operation.GENERATE_DATA_KEY_PAIR,
            Operation.GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT, Operation.GENERATE_DATA_KEY_WITHOUT_PLAINTEXT,
            Operation.GENERATE_MAC, Operation.RE_ENCRYPT, Operation.SIGN, Operation.VERIFY, Operation.VERIFY_MAC);

    private final EngineCore core;
    private final KeyResolver resolver;

    public LastUsageOps(EngineCore core, KeyResolver resolver) {
        this.core = core;
        this.resolver = resolver;
    }

    public GetKeyLastUsageResult getKeyLastUsage(Call call, GetKeyLastUsageRequest r) {
        ManagedKey key = resolver.authorized(call, r.keyId(), false);
        LastUsage u = core.store().lastUsage().getOrDefault(key.keyId(), LastUsage.since(key.creationDate()));
        return new GetKeyLastUsageResult(key.keyId(), new KeyLastUsageData(u.operation(), u.timestamp(),
                u.cloudTrailEventId(), u.kmsRequestId()), u.trackingStart(), key.creationDate());
    }

    /** Called by the engine after a call succeeded and its event was published. */
    public void record(Call call, java.time.Instant at, String eventId) {
        if (!TRACKED.contains(call.operation()) || call.keyArn() == null) {
            return;
        }
        String keyId = call.keyArn().substring(call.keyArn().indexOf(":key/") + 5);
        ManagedKey key = core.store().keys().get(keyId);
        if (key != null) {
            LastUsage u = core.store().lastUsage().getOrDefault(keyId, LastUsage.since(key.creationDate()));
            core.store().lastUsage().put(keyId, u.used(call.operation().wire(), at, eventId, call.requestId()));
        }
    }
}
