package org.kmslab.engine.internal.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.RotationType;
import org.kmslab.engine.internal.ops.EngineCore.ServiceEvent;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.MaterialVersion;

/**
 * Time-driven effects, run before every call and on demand: real deletion at the end of the waiting period,
 * automatic rotation (each missed period rotates once, dated when it was due), and expiry of imported material.
 * Each effect queues one KMS-initiated service event.
 */
public final class DueTasks {

    private final EngineCore core;
    private final MultiRegionOps multiRegion;

    public DueTasks(EngineCore core, MultiRegionOps multiRegion) {
        this.core = core;
        this.multiRegion = multiRegion;
    }

    /** Runs everything due at the current engine time. */
    public void run() {
        Instant now = core.now();
        core.customKeyStores().advance(now);
        for (ManagedKey key : List.copyOf(core.store().keys().values())) {
            multiRegion.settle(key, now);
            if (key.state() == KeyState.PENDING_DELETION && !key.deletionDate().isAfter(now)) {
                core.store().delete(key.keyId());
                core.customKeyStores().deleted(key);
                core.serviceEvent(new ServiceEvent("DeleteKey", key.arn(), null, key.deletionDate()));
                multiRegion.deleted(key, key.deletionDate());
                continue;
            }
            rotateIfDue(key, now);
            expireIfDue(key, now);
        }
    }

    /** A disabled or pending-deletion key is not rotated; it rotates when next usable and overdue, as in AWS. */
    private void rotateIfDue(ManagedKey key, Instant now) {
        if (!key.rotation().enabled() || key.state() != KeyState.ENABLED
                || MultiRegionOps.isReplica(key, core.region())) {
            return;
        }
        Duration period = Duration.ofDays(key.rotation().periodInDays());
        while (!key.rotation().nextRotationDate().isAfter(now)) {
            Instant at = key.rotation().nextRotationDate();
            RotationOps.rotate(key, at, RotationType.AUTOMATIC);
            key.rotation().next(at.plus(period));
            core.serviceEvent(new ServiceEvent("RotateKey", key.arn(), key.currentMaterialId(), at));
            multiRegion.syncShared(key);
        }
    }

    private void expireIfDue(ManagedKey key, Instant now) {
        MaterialVersion v = key.current().orElse(null);
        if (v == null || v.material() == null || v.validTo() == null || v.validTo().isAfter(now)) {
            return;
        }
        key.putVersion(v.withoutMaterial());
        if (key.state() != KeyState.PENDING_DELETION) {
            key.state(KeyState.PENDING_IMPORT);
        }
        core.serviceEvent(new ServiceEvent("DeleteExpiredKeyMaterial", key.arn(), v.materialId(), v.validTo()));
    }
}
