package org.kmslab.engine.internal.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.kmslab.engine.api.CancelKeyDeletionRequest;
import org.kmslab.engine.api.CancelKeyDeletionResult;
import org.kmslab.engine.api.DisableKeyRequest;
import org.kmslab.engine.api.DisableKeyResult;
import org.kmslab.engine.api.EnableKeyRequest;
import org.kmslab.engine.api.EnableKeyResult;
import org.kmslab.engine.api.KeyListEntry;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.engine.api.ListKeysResult;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.engine.api.ScheduleKeyDeletionResult;
import org.kmslab.engine.api.UpdateKeyDescriptionRequest;
import org.kmslab.engine.api.UpdateKeyDescriptionResult;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * ListKeys, UpdateKeyDescription, EnableKey, DisableKey, ScheduleKeyDeletion and CancelKeyDeletion.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html
 */
public final class KeyLifecycle {

    private final EngineCore core;
    private final KeyResolver resolver;

    public KeyLifecycle(EngineCore core, KeyResolver resolver) {
        this.core = core;
        this.resolver = resolver;
    }

    /** AWS owned keys are not in the account, so ListKeys never shows them. */
    public ListKeysResult listKeys(Call call, ListKeysRequest r) {
        List<KeyListEntry> all = core.store().keys().values().stream().filter(k -> !k.awsOwned())
                .map(k -> new KeyListEntry(k.keyId(), k.arn())).toList();
        Pages.Page<KeyListEntry> page = Pages.of(all, r.limit(), r.marker(), 100, 1000);
        return new ListKeysResult(page.items(), page.nextMarker(), page.truncated());
    }

    public UpdateKeyDescriptionResult updateKeyDescription(Call call, UpdateKeyDescriptionRequest r) {
        Validate.length("description", Validate.required("description", r.description()), 0, 8192);
        ManagedKey key = managed(call, r.keyId());
        key.description(r.description());
        return new UpdateKeyDescriptionResult();
    }

    public EnableKeyResult enableKey(Call call, EnableKeyRequest r) {
        managed(call, r.keyId()).state(KeyState.ENABLED);
        return new EnableKeyResult();
    }

    public DisableKeyResult disableKey(Call call, DisableKeyRequest r) {
        managed(call, r.keyId()).state(KeyState.DISABLED);
        return new DisableKeyResult();
    }

    public ScheduleKeyDeletionResult scheduleKeyDeletion(Call call, ScheduleKeyDeletionRequest r) {
        int days = r.pendingWindowInDays() == null ? 30 : Validate.range("pendingWindowInDays",
                r.pendingWindowInDays(), 7, 30);
        ManagedKey key = managed(call, r.keyId());
        Instant date = core.now().plus(Duration.ofDays(days));
        if (MultiRegionOps.hasReplicas(key, core.region())) {
            // AWS: the primary waits, with no deletion date, until its last replica is deleted.
            key.scheduleDeletion(null, days);
            key.state(KeyState.PENDING_REPLICA_DELETION);
            date = null;
        } else {
            key.scheduleDeletion(date, days);
        }
        return new ScheduleKeyDeletionResult(key.arn(), date, key.state().wire(), days);
    }

    /** The key comes back Disabled (or PendingImport when it has no material), never straight to Enabled. */
    public CancelKeyDeletionResult cancelKeyDeletion(Call call, CancelKeyDeletionRequest r) {
        ManagedKey key = managed(call, r.keyId());
        boolean hasMaterial = key.current().map(v -> v.material() != null).orElse(false);
        key.cancelDeletion(hasMaterial ? KeyState.DISABLED : KeyState.PENDING_IMPORT);
        return new CancelKeyDeletionResult(key.arn());
    }

    /** Key-id or ARN only (AWS rejects aliases here), authorized and checked against the state table. */
    private ManagedKey managed(Call call, String keyId) {
        ManagedKey key = resolver.authorized(call, keyId, false);
        KeyResolver.checkState(call.operation(), key);
        return key;
    }
}
