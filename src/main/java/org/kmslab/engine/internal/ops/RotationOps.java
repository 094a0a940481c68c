package org.kmslab.engine.internal.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.kmslab.engine.api.DisableKeyRotationRequest;
import org.kmslab.engine.api.DisableKeyRotationResult;
import org.kmslab.engine.api.EnableKeyRotationRequest;
import org.kmslab.engine.api.EnableKeyRotationResult;
import org.kmslab.engine.api.GetKeyRotationStatusRequest;
import org.kmslab.engine.api.GetKeyRotationStatusResult;
import org.kmslab.engine.api.ImportState;
import org.kmslab.engine.api.IncludeKeyMaterial;
import org.kmslab.engine.api.KeyMaterialState;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.ListKeyRotationsRequest;
import org.kmslab.engine.api.ListKeyRotationsResult;
import org.kmslab.engine.api.Operation;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.api.RotateKeyOnDemandRequest;
import org.kmslab.engine.api.RotateKeyOnDemandResult;
import org.kmslab.engine.api.RotationType;
import org.kmslab.engine.api.RotationsListEntry;
import org.kmslab.engine.exception.ConflictException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.LimitExceededException;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.MaterialVersion;

/**
 * EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus, RotateKeyOnDemand and ListKeyRotations. Rotation
 * adds a material version and keeps every old one, so old ciphertext always decrypts.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
 */
public final class RotationOps {

    static final int ON_DEMAND_LIMIT = 25;
    private static final Duration CONFLICT_WINDOW = Duration.ofMinutes(20);
    private final EngineCore core;
    private final KeyResolver resolver;
    private final MultiRegionOps multiRegion;

    public RotationOps(EngineCore core, KeyResolver resolver, MultiRegionOps multiRegion) {
        this.core = core;
        this.resolver = resolver;
        this.multiRegion = multiRegion;
    }

    public EnableKeyRotationResult enableKeyRotation(Call call, EnableKeyRotationRequest r) {
        int days = r.rotationPeriodInDays() == null ? 365
                : Validate.range("rotationPeriodInDays", r.rotationPeriodInDays(), 90, 2560);
        ManagedKey key = rotatable(call, r.keyId());
        Instant last = key.versions().get(key.versions().size() - 1).createdAt();
        Instant from = key.rotation().enabled() ? last : core.now();
        Instant next = from.plus(Duration.ofDays(days));
        key.rotation().enable(days, next.isBefore(core.now()) ? core.now() : next);
        multiRegion.syncShared(key);
        return new EnableKeyRotationResult();
    }

    public DisableKeyRotationResult disableKeyRotation(Call call, DisableKeyRotationRequest r) {
        ManagedKey key = rotatable(call, r.keyId());
        key.rotation().disable();
        multiRegion.syncShared(key);
        return new DisableKeyRotationResult();
    }

    public GetKeyRotationStatusResult getKeyRotationStatus(Call call, GetKeyRotationStatusRequest r) {
        ManagedKey key = rotatable(call, r.keyId());
        boolean on = key.rotation().enabled();
        return new GetKeyRotationStatusResult(on, key.arn(), on ? key.rotation().periodInDays() : null,
                on ? key.rotation().nextRotationDate() : null, null);
    }

    public RotateKeyOnDemandResult rotateKeyOnDemand(Call call, RotateKeyOnDemandRequest r) {
        ManagedKey key = rotatable(call, r.keyId());
        if (key.rotation().onDemandCount() >= ON_DEMAND_LIMIT) {
            throw new LimitExceededException("The on-demand rotations limit has been reached for the given keyId. "
                    + "No more on-demand rotations can be performed for this key: " + key.arn());
        }
        Instant next = key.rotation().nextRotationDate();
        if (key.rotation().enabled() && next != null && !next.isAfter(core.now().plus(CONFLICT_WINDOW))) {
            throw new ConflictException(key.arn() + " has an automatic rotation due within 20 minutes.");
        }
        key.rotation().countOnDemand();
        rotate(key, core.now(), RotationType.ON_DEMAND);
        multiRegion.syncShared(key);
        call.keyMaterialId(key.currentMaterialId());
        return new RotateKeyOnDemandResult(key.keyId());
    }

    public ListKeyRotationsResult listKeyRotations(Call call, ListKeyRotationsRequest r) {
        IncludeKeyMaterial include = IncludeKeyMaterial.fromWire("includeKeyMaterial", r.includeKeyMaterial());
        ManagedKey key = resolver.authorized(call, r.keyId(), false);
        List<RotationsListEntry> all = new ArrayList<>();
        for (MaterialVersion v : key.versions()) {
            if (v.rotationType() == null && include != IncludeKeyMaterial.ALL_KEY_MATERIAL) {
                continue;
            }
            boolean imported = key.origin() == Origin.EXTERNAL;
            all.add(new RotationsListEntry(key.arn(), v.materialId(), null,
                    imported ? (v.material() == null ? ImportState.PENDING_IMPORT : ImportState.IMPORTED).wire()
                            : null,
                    (v.materialId().equals(key.currentMaterialId()) ? KeyMaterialState.CURRENT
                            : KeyMaterialState.NON_CURRENT).wire(),
                    v.expirationModel() == null ? null : v.expirationModel().wire(), v.validTo(),
                    v.rotationType() == null ? null : v.createdAt(),
                    v.rotationType() == null ? null : v.rotationType().wire()));
        }
        Pages.Page<RotationsListEntry> page = Pages.of(all, r.limit(), r.marker(), 100, 1000);
        return new ListKeyRotationsResult(page.items(), page.nextMarker(), page.truncated());
    }

    /** Adds a new current material version dated {@code at}. */
    static void rotate(ManagedKey key, Instant at, RotationType type) {
        MaterialVersion v = new MaterialVersion(Keys.newMaterialId(), Keys.generate(key.spec()), null, at, type,
                null, null);
        key.putVersion(v);
        key.currentMaterialId(v.materialId());
    }

    /** Id or ARN only; symmetric AWS_KMS keys only (UnsupportedOperationException otherwise); then the state table. */
    private ManagedKey rotatable(Call call, String keyId) {
        ManagedKey key = resolver.authorized(call, keyId, false);
        if (key.origin() != Origin.AWS_KMS) {
            throw new KmsUnsupportedOperationException(key.arn() + " origin is " + key.origin().wire()
                    + " which is not valid for this operation.");
        }
        if (key.spec() != KeySpec.SYMMETRIC_DEFAULT) {
            throw new KmsUnsupportedOperationException(key.arn() + " key spec is " + key.spec().wire()
                    + " which is not valid for this operation.");
        }
        if (call.operation() != Operation.GET_KEY_ROTATION_STATUS) {
            MultiRegionOps.requireNotReplica(key, core.region());
        }
        KeyResolver.checkState(call.operation(), key);
        return key;
    }
}
