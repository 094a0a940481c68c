package org.kmslab.engine.internal.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kmslab.engine.api.KeyManager;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.api.ReplicateKeyRequest;
import org.kmslab.engine.api.ReplicateKeyResult;
import org.kmslab.engine.api.Tag;
import org.kmslab.engine.api.UpdatePrimaryRegionRequest;
import org.kmslab.engine.api.UpdatePrimaryRegionResult;
import org.kmslab.engine.exception.AlreadyExistsException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.internal.ops.EngineCore.ServiceEvent;
import org.kmslab.engine.internal.ops.Peers.Peer;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.MaterialVersion;
import org.kmslab.engine.internal.store.MultiRegion;

/**
 * ReplicateKey and UpdatePrimaryRegion, and the synchronization AWS runs behind them: a replica is a key of its own
 * Region (own policy, aliases, tags, grants, enabled state) that carries the primary's key id, spec, usage, origin,
 * key material and rotation schedule. Every change of the set is copied to each Region's copy and announced there by
 * a KMS-initiated {@code SynchronizeMultiRegionKey} event.
 * Sources: https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html ,
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html ,
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdatePrimaryRegion.html
 */
public final class MultiRegionOps {

    /** How long a new replica stays Creating, and both keys stay Updating, on the engine clock ("a few seconds"). */
    public static final Duration TRANSIENT = Duration.ofSeconds(3);
    private static final String SYNC = "SynchronizeMultiRegionKey";
    private static final Pattern REGION = Pattern.compile("^([a-z]+-){2,3}\\d+$");

    private final EngineCore core;
    private final KeyResolver resolver;
    private final Peers peers;

    public MultiRegionOps(EngineCore core, KeyResolver resolver, Peers peers) {
        this.core = core;
        this.resolver = resolver;
        this.peers = peers;
    }

    public ReplicateKeyResult replicateKey(Call call, ReplicateKeyRequest r) {
        String region = region("replicaRegion", r.replicaRegion());
        Validate.length("description", r.description(), 0, 8192);
        List<Tag> tags = r.tags() == null ? List.of() : r.tags();
        TagRules.check(tags, Map.of());
        ManagedKey primary = primary(call, r.keyId());
        if (region.equals(core.region())) {
            throw Validate.fail("The replica Region " + region + " is the Region of the primary key. "
                    + "Choose a different Region.");
        }
        Peer peer = peer(region);
        EngineCore there = peer.core();
        if (there.store().keys().containsKey(primary.keyId())) {
            throw new AlreadyExistsException(there.keyArn(primary.keyId()) + " already exists");
        }
        String policy = r.policy() == null ? Keys.defaultPolicy(core.accountId()) : r.policy();
        there.access().checkNewPolicy(call, policy, there.keyArn("*"),
                Boolean.TRUE.equals(r.bypassPolicyLockoutSafetyCheck()));

        ManagedKey replica = new ManagedKey(primary.keyId(), there.keyArn(primary.keyId()), core.accountId(),
                there.now(), primary.spec(), primary.usage(), primary.origin(), KeyManager.CUSTOMER, false,
                KeyState.CREATING);
        replica.description(r.description());
        replica.policy(policy);
        tags.forEach(t -> replica.tags().put(t.tagKey(), t.tagValue()));
        for (MaterialVersion v : primary.versions()) {
            // Imported material never travels: each Region imports the same bytes itself.
            replica.putVersion(primary.origin() == Origin.EXTERNAL ? v.withoutMaterial() : v);
        }
        replica.currentMaterialId(primary.currentMaterialId());
        copyRotation(primary, replica);
        primary.multiRegion().replicaRegions().add(region);
        replica.multiRegion(new MultiRegion(core.region(), primary.multiRegion().replicaRegions(),
                there.now().plus(TRANSIENT)));
        there.store().keys().put(replica.keyId(), replica);
        there.serviceEvent(new ServiceEvent("CreateKey", replica.arn(), replica.currentMaterialId(), there.now()));
        peer.publish();
        syncSet(primary, Set.of(core.region(), region));
        call.keyMaterialId(primary.currentMaterialId());
        return new ReplicateKeyResult(Metadata.of(replica), policy, tags);
    }

    public UpdatePrimaryRegionResult updatePrimaryRegion(Call call, UpdatePrimaryRegionRequest r) {
        String region = region("primaryRegion", r.primaryRegion());
        ManagedKey primary = primary(call, r.keyId());
        if (region.equals(core.region())) {
            throw Validate.fail(primary.arn() + " is already the primary key in " + region + ".");
        }
        String replicaArn = KeyIds.keyArn(region, core.accountId(), primary.keyId());
        if (!primary.multiRegion().replicaRegions().contains(region)) {
            throw new NotFoundException("Key '" + replicaArn + "' does not exist");
        }
        Peer peer = peer(region);
        ManagedKey replica = peer.core().store().keys().get(primary.keyId());
        if (replica == null) {
            throw new NotFoundException("Key '" + replicaArn + "' does not exist");
        }
        peer.core().access().authorize(call, replica, "kms:UpdatePrimaryRegion", Map.of(), List.of());
        KeyResolver.checkState(call.operation(), replica);

        Instant until = core.now().plus(TRANSIENT);
        primary.multiRegion().promote(region);
        primary.multiRegion().settlesAt(until);
        primary.state(KeyState.UPDATING);
        replica.multiRegion().copyFrom(primary.multiRegion());
        replica.multiRegion().settlesAt(until);
        replica.state(KeyState.UPDATING);
        peer.core().serviceEvent(new ServiceEvent("UpdatePrimaryRegion", replica.arn(), null, peer.core().now()));
        peer.publish();
        syncSet(primary, Set.of(core.region(), region));
        return new UpdatePrimaryRegionResult();
    }

    /** True for a replica key in this engine's Region: its shared properties come from the primary. */
    public static boolean isReplica(ManagedKey key, String region) {
        return key.multiRegion() != null && !key.multiRegion().isPrimaryIn(region);
    }

    /** True for a primary key that still has replicas: deleting it waits for them (PendingReplicaDeletion). */
    public static boolean hasReplicas(ManagedKey key, String region) {
        return key.multiRegion() != null && key.multiRegion().isPrimaryIn(region)
                && !key.multiRegion().replicaRegions().isEmpty();
    }

    /** Refuses an operation that only the primary key may perform (rotation) on a replica. */
    static void requireNotReplica(ManagedKey key, String region) {
        if (isReplica(key, region)) {
            throw new KmsUnsupportedOperationException(key.arn() + " is a multi-Region replica key. Rotation "
                    + "is a shared property: manage it on the primary key in " + key.multiRegion().primaryRegion()
                    + ".");
        }
    }

    /** Due task: Creating or Updating ends when its time has come; the key is Enabled (or PendingImport). */
    void settle(ManagedKey key, Instant now) {
        MultiRegion m = key.multiRegion();
        if (m == null || m.settlesAt() == null || m.settlesAt().isAfter(now)) {
            return;
        }
        Instant at = m.settlesAt();
        m.settlesAt(null);
        if (key.state() == KeyState.CREATING) {
            key.state(key.current().map(v -> v.material() != null).orElse(false) ? KeyState.ENABLED
                    : KeyState.PENDING_IMPORT);
        } else if (key.state() == KeyState.UPDATING) {
            key.state(KeyState.ENABLED);
        }
        core.serviceEvent(new ServiceEvent(SYNC, key.arn(), key.currentMaterialId(), at));
    }

    /** After the primary's material or rotation schedule changed: every replica gets the same. */
    void syncShared(ManagedKey primary) {
        if (primary.multiRegion() == null || !primary.multiRegion().isPrimaryIn(core.region())) {
            return;
        }
        for (String region : List.copyOf(primary.multiRegion().replicaRegions())) {
            peers.peer(region).ifPresent(peer -> {
                ManagedKey replica = peer.core().store().keys().get(primary.keyId());
                if (replica == null) {
                    return;
                }
                for (MaterialVersion v : primary.versions()) {
                    if (replica.version(v.materialId()).isEmpty()) {
                        replica.putVersion(v);
                    }
                }
                replica.currentMaterialId(primary.currentMaterialId());
                copyRotation(primary, replica);
                peer.core().serviceEvent(new ServiceEvent(SYNC, replica.arn(), replica.currentMaterialId(),
                        peer.core().now()));
                peer.publish();
            });
        }
    }

    /**
     * Due task, after a key's waiting period ended: a deleted replica leaves the set, and a primary that waited in
     * PendingReplicaDeletion for its last replica starts its own waiting period, counted from {@code at}.
     */
    void deleted(ManagedKey key, Instant at) {
        MultiRegion m = key.multiRegion();
        if (m == null || m.isPrimaryIn(core.region())) {
            return;
        }
        peers.peer(m.primaryRegion()).ifPresent(peer -> {
            ManagedKey primary = peer.core().store().keys().get(key.keyId());
            if (primary == null || primary.multiRegion() == null) {
                return;
            }
            primary.multiRegion().replicaRegions().remove(core.region());
            if (primary.state() == KeyState.PENDING_REPLICA_DELETION
                    && primary.multiRegion().replicaRegions().isEmpty()) {
                int days = primary.pendingWindowInDays();
                primary.scheduleDeletion(at.plus(Duration.ofDays(days)), days);
            }
            peer.core().serviceEvent(new ServiceEvent(SYNC, primary.arn(), null, peer.core().now()));
            peer.publish();
            syncSet(primary, Set.of(core.region(), m.primaryRegion()));
        });
    }

    /** Copies {@code source}'s view of the set to every other Region's copy, except {@code skip}. */
    private void syncSet(ManagedKey source, Set<String> skip) {
        for (String region : source.multiRegion().allRegions()) {
            if (skip.contains(region)) {
                continue;
            }
            peers.peer(region).ifPresent(peer -> {
                ManagedKey copy = peer.core().store().keys().get(source.keyId());
                if (copy != null && copy.multiRegion() != null) {
                    copy.multiRegion().copyFrom(source.multiRegion());
                    peer.core().serviceEvent(new ServiceEvent(SYNC, copy.arn(), null, peer.core().now()));
                    peer.publish();
                }
            });
        }
    }

    private static void copyRotation(ManagedKey from, ManagedKey to) {
        to.rotation().restore(from.rotation().enabled(), from.rotation().periodInDays(),
                from.rotation().nextRotationDate(), from.rotation().onDemandCount());
    }

    /** Key id or ARN of a multi-Region primary key in this Region, authorized and checked against the table. */
    private ManagedKey primary(Call call, String keyId) {
        ManagedKey key = resolver.authorized(call, keyId, false);
        if (key.multiRegion() == null || !key.multiRegion().isPrimaryIn(core.region())) {
            throw new KmsUnsupportedOperationException(key.arn() + " is not a multi-region primary key.");
        }
        KeyResolver.checkState(call.operation(), key);
        return key;
    }

    /** A Region another engine of this account can serve, with its due tasks run. */
    private Peer peer(String region) {
        Peer peer = peers.peer(region).orElseThrow(() -> new KmsUnsupportedOperationException(
                "KMS Lab does not know the Region " + region + "."));
        peer.runDueTasks();
        return peer;
    }

    /** A Region name in the model's shape ({@code ^([a-z]+-){2,3}\d+$}, 1-32 characters). */
    private static String region(String field, String value) {
        Validate.length(field, Validate.required(field, value), 1, 32);
        if (!REGION.matcher(value).matches()) {
            throw Validate.fail("1 validation error detected: Value '" + value + "' at '" + field
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "^([a-z]+-){2,3}\\d+$");
        }
        return value;
    }
}
