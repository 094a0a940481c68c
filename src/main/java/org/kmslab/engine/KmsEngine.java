package org.kmslab.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.kmslab.engine.api.*;
import org.kmslab.engine.exception.KMSInternalException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.exception.ValidationException;
import org.kmslab.engine.internal.ops.Call;
import org.kmslab.engine.internal.ops.EngineCore;
import org.kmslab.engine.internal.ops.Metadata;
import org.kmslab.engine.internal.ops.Operations;
import org.kmslab.engine.internal.ops.Peers;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.StateCodec;

/**
 * An in-process AWS KMS for one Region of an account (its sibling Regions, for multi-Region keys, come from
 * {@link RegionPeers}). One public method per AWS operation, each taking the caller
 * and an AWS-shaped request record and returning the AWS-shaped result, or throwing the AWS exception.
 *
 * <p>Every call, success or failure, produces exactly one {@link EngineEvent}, delivered synchronously to the
 * listeners after the operation and in the order calls were made. Time-driven effects (rotation, deletion, material
 * expiry) run lazily at the start of each call and on {@link #runDueTasks()}, each as its own service event.
 *
 * <p>Thread-safe: calls are serialized by one lock, so no call ever sees another half done.
 */
public final class KmsEngine {

    private final String accountId;
    private final String region;
    private final EngineClock clock;
    private final ReentrantLock lock;
    private final List<Consumer<EngineEvent>> listeners = new CopyOnWriteArrayList<>();
    private final EngineCore core;
    private final Operations ops;
    private final EventPublisher publisher;

    /** An engine whose principals all have IAM permission {@code kms:*} (the sandbox default). */
    public KmsEngine(String accountId, String region, EngineClock clock) {
        this(accountId, region, clock, IamPolicyProvider.allowAll());
    }

    /** An engine that asks {@code iam} whenever a key policy delegates to the account. */
    public KmsEngine(String accountId, String region, EngineClock clock, IamPolicyProvider iam) {
        this(accountId, region, clock, iam, RegionPeers.none());
    }

    /**
     * One Region's engine of an account whose other Regions are {@code regions} (for multi-Region keys); it runs its
     * calls under the account's shared lock.
     */
    public KmsEngine(String accountId, String region, EngineClock clock, IamPolicyProvider iam, RegionPeers regions) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.region = Objects.requireNonNull(region, "region");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lock = Objects.requireNonNull(regions, "regions").lock();
        this.core = new EngineCore(accountId, region, clock, Objects.requireNonNull(iam, "iam"));
        this.ops = Operations.wire(core, other -> regions.engine(other)
                .filter(e -> e != this && e.accountId.equals(accountId) && e.lock == lock)
                .map(KmsEngine::asPeer));
        this.publisher = new EventPublisher(accountId, region, listeners);
    }

    /** This engine as another Region's multi-Region operations reach it (always under the shared lock). */
    private Peers.Peer asPeer() {
        return new Peers.Peer() {
            @Override
            public EngineCore core() {
                return core;
            }

            @Override
            public void runDueTasks() {
                ops.dueTasks().run();
                publish();
            }

            @Override
            public void publish() {
                publisher.publishServiceEvents(core.drainServiceEvents());
            }
        };
    }

    public String accountId() {
        return accountId;
    }

    public String region() {
        return region;
    }

    public EngineClock clock() {
        return clock;
    }

    public void addListener(Consumer<EngineEvent> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<EngineEvent> listener) {
        listeners.remove(listener);
    }

    /** Runs what the clock says is due (rotations, deletions, expiries), publishing one service event each. */
    public void runDueTasks() {
        boolean outermost = DurableWrites.open();
        try {
            lock.lock();
            try {
                ops.dueTasks().run();
                publisher.publishServiceEvents(core.drainServiceEvents());
            } finally {
                lock.unlock();
            }
        } finally {
            if (outermost) {
                DurableWrites.awaitAll();
            }
        }
    }

    /**
     * Every key (with every material version, wrapped under {@code root}), alias, tag, policy, grant and import
     * parameter, as versioned bytes. No event: this is persistence, not an AWS operation.
     */
    public byte[] exportState(StateWrappingKey root) {
        lock.lock();
        try {
            return StateCodec.write(core.store(), accountId, region, root.key());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Replaces this engine's state with an export of the same account and Region, made under the same root key.
     *
     * @throws IllegalArgumentException when the bytes are corrupt, belong elsewhere or the root key is wrong; the
     *                                  engine's state is then unchanged
     */
    public void importState(byte[] state, StateWrappingKey root) {
        lock.lock();
        try {
            StateCodec.read(state, core.store(), accountId, region, root.key());
            core.customKeyStores().bindAll();
        } catch (KmsException e) {
            throw new IllegalArgumentException("engine state does not open under this root key");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Explains, without performing it and without an event, whether {@code caller} may do {@code action}
     * (e.g. {@code kms:Decrypt}) on a key, and which policy statement or grant decides.
     *
     * @throws NotFoundException when the key does not exist
     */
    public PolicyDecision evaluateAccess(Caller caller, String keyId, String action,
            java.util.Map<String, String> encryptionContext) {
        lock.lock();
        try {
            Call call = new Call(caller, Operation.DESCRIBE_KEY, RequestIds.next());
            var key = ops.resolver().find(call, keyId, true);
            return core.access().decide(caller, key, action, encryptionContext);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A key's metadata as DescribeKey returns it, read for a visualizer: no authorization and no event, because
     * watching a key is not a call anyone made. Not an AWS operation and never reachable over the wire. Empty when
     * no such key exists (any more).
     */
    public Optional<KeyMetadata> observeKey(String keyIdOrArn) {
        return observe(keyIdOrArn, Metadata::of);
    }

    /** A key's policy document, read for a visualizer like {@link #observeKey}: no authorization, no event. */
    public Optional<String> observeKeyPolicy(String keyIdOrArn) {
        return observe(keyIdOrArn, ManagedKey::policy);
    }

    /**
     * The custom key stores as DescribeCustomKeyStores lists them, and the metadata of every key in one of them, read
     * for a visualizer like {@link #observeKey}: no authorization, no event, and the clock's due changes applied
     * first (a store that finished connecting reads CONNECTED).
     */
    public CustomKeyStoreView observeCustomKeyStores() {
        lock.lock();
        try {
            ops.dueTasks().run();
            publisher.publishServiceEvents(core.drainServiceEvents());
            return new CustomKeyStoreView(core.store().customKeyStores().values().stream()
                    .map(org.kmslab.engine.internal.ops.CustomKeyStoreOps::entry).toList(),
                    core.store().keys().values().stream().filter(k -> k.customKeyStoreId() != null)
                            .map(Metadata::of).toList());
        } finally {
            lock.unlock();
        }
    }

    /**
     * A key's rotation status as GetKeyRotationStatus reports it, read for a visualizer like {@link #observeKey}
     * (the key card): no authorization, no event; never refused, so keys that cannot rotate read as not enabled.
     */
    public Optional<GetKeyRotationStatusResult> observeKeyRotation(String keyIdOrArn) {
        return observe(keyIdOrArn, k -> k.rotation().enabled()
                ? new GetKeyRotationStatusResult(true, k.arn(), k.rotation().periodInDays(),
                        k.rotation().nextRotationDate(), null)
                : new GetKeyRotationStatusResult(false, k.arn(), null, null, null));
    }

    /** When each rotation of a key's material happened, oldest first, read for the cost meter: no event. */
    public Optional<List<java.time.Instant>> observeRotationDates(String keyIdOrArn) {
        return observe(keyIdOrArn, k -> k.versions().stream().filter(v -> v.rotationType() != null)
                .map(v -> v.createdAt()).sorted().toList());
    }

    /**
     * The metadata of every key ListKeys would list in this account and Region, read for the cost meter: no
     * authorization, no event.
     */
    public List<KeyMetadata> observeKeys() {
        lock.lock();
        try {
            return core.store().keys().values().stream().filter(k -> !k.awsOwned()).map(Metadata::of).toList();
        } finally {
            lock.unlock();
        }
    }

    /** What {@link #observeCustomKeyStores} returns. */
    public record CustomKeyStoreView(List<CustomKeyStoresListEntry> stores, List<KeyMetadata> keys) {
    }

    private <T> Optional<T> observe(String keyIdOrArn, java.util.function.Function<ManagedKey, T> view) {
        lock.lock();
        try {
            Call call = new Call(Caller.kmsInternal(accountId), Operation.DESCRIBE_KEY, RequestIds.next());
            return Optional.of(view.apply(ops.resolver().find(call, keyIdOrArn, false)));
        } catch (KmsException notFound) {
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The id of the AWS owned key a simulated service uses, created on first use. It is not in ListKeys and only
     * callers with source SERVICE can use it.
     */
    public String awsOwnedKeyId(String service) {
        lock.lock();
        try {
            return ops.awsManaged().owned(service).keyId();
        } finally {
            lock.unlock();
        }
    }

    /** Plugs in the client the engine calls external key store proxies with (none: every proxy is unreachable). */
    public void useExternalKeyClient(ExternalKeyClient client) {
        lock.lock();
        try {
            core.customKeyStores().client(client);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code action} on this account's simulated CloudHSM clusters under the engine lock. CloudHSM is not KMS:
     * these calls publish no KMS event, so a caller that changes a cluster saves the sandbox itself.
     */
    public <T> T cloudHsm(java.util.function.Function<CloudHsm, T> action) {
        lock.lock();
        try {
            return action.apply(new org.kmslab.engine.internal.ops.HsmClusters(core));
        } finally {
            lock.unlock();
        }
    }

    public CreateKeyResult createKey(Caller caller, CreateKeyRequest request) {
        return call(Operation.CREATE_KEY, caller, request, ops.createKey()::run);
    }

    public DescribeKeyResult describeKey(Caller caller, DescribeKeyRequest request) {
        return call(Operation.DESCRIBE_KEY, caller, request, ops.describeKey()::run);
    }

    public ListKeysResult listKeys(Caller caller, ListKeysRequest request) {
        return call(Operation.LIST_KEYS, caller, request, ops.lifecycle()::listKeys);
    }

    public GetKeyLastUsageResult getKeyLastUsage(Caller caller, GetKeyLastUsageRequest request) {
        return call(Operation.GET_KEY_LAST_USAGE, caller, request, ops.lastUsage()::getKeyLastUsage);
    }

    public UpdateKeyDescriptionResult updateKeyDescription(Caller caller, UpdateKeyDescriptionRequest request) {
        return call(Operation.UPDATE_KEY_DESCRIPTION, caller, request, ops.lifecycle()::updateKeyDescription);
    }

    public EnableKeyResult enableKey(Caller caller, EnableKeyRequest request) {
        return call(Operation.ENABLE_KEY, caller, request, ops.lifecycle()::enableKey);
    }

    public DisableKeyResult disableKey(Caller caller, DisableKeyRequest request) {
        return call(Operation.DISABLE_KEY, caller, request, ops.lifecycle()::disableKey);
    }

    public ScheduleKeyDeletionResult scheduleKeyDeletion(Caller caller, ScheduleKeyDeletionRequest request) {
        return call(Operation.SCHEDULE_KEY_DELETION, caller, request, ops.lifecycle()::scheduleKeyDeletion);
    }

    public CancelKeyDeletionResult cancelKeyDeletion(Caller caller, CancelKeyDeletionRequest request) {
        return call(Operation.CANCEL_KEY_DELETION, caller, request, ops.lifecycle()::cancelKeyDeletion);
    }

    public ReplicateKeyResult replicateKey(Caller caller, ReplicateKeyRequest request) {
        return call(Operation.REPLICATE_KEY, caller, request, ops.multiRegion()::replicateKey);
    }

    public UpdatePrimaryRegionResult updatePrimaryRegion(Caller caller, UpdatePrimaryRegionRequest request) {
        return call(Operation.UPDATE_PRIMARY_REGION, caller, request, ops.multiRegion()::updatePrimaryRegion);
    }

    public EncryptResult encrypt(Caller caller, EncryptRequest request) {
        return call(Operation.ENCRYPT, caller, request, ops.encrypt()::run);
    }

    public DecryptResult decrypt(Caller caller, DecryptRequest request) {
        return call(Operation.DECRYPT, caller, request, ops.decrypt()::run);
    }

    public ReEncryptResult reEncrypt(Caller caller, ReEncryptRequest request) {
        return call(Operation.RE_ENCRYPT, caller, request, ops.reEncrypt()::run);
    }

    public GenerateDataKeyResult generateDataKey(Caller caller, GenerateDataKeyRequest request) {
        return call(Operation.GENERATE_DATA_KEY, caller, request, ops.dataKeys()::generateDataKey);
    }

    public GenerateDataKeyWithoutPlaintextResult generateDataKeyWithoutPlaintext(Caller caller, GenerateDataKeyWithoutPlaintextRequest request) {
        return call(Operation.GENERATE_DATA_KEY_WITHOUT_PLAINTEXT, caller, request, ops.dataKeys()::generateDataKeyWithoutPlaintext);
    }

    public GenerateRandomResult generateRandom(Caller caller, GenerateRandomRequest request) {
        return call(Operation.GENERATE_RANDOM, caller, request, ops.dataKeys()::generateRandom);
    }

    public GenerateDataKeyPairResult generateDataKeyPair(Caller caller, GenerateDataKeyPairRequest request) {
        return call(Operation.GENERATE_DATA_KEY_PAIR, caller, request, ops.publicKeys()::generateDataKeyPair);
    }

    public GenerateDataKeyPairWithoutPlaintextResult generateDataKeyPairWithoutPlaintext(Caller caller, GenerateDataKeyPairWithoutPlaintextRequest request) {
        return call(Operation.GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT, caller, request, ops.publicKeys()::generateDataKeyPairWithoutPlaintext);
    }

    public GetPublicKeyResult getPublicKey(Caller caller, GetPublicKeyRequest request) {
        return call(Operation.GET_PUBLIC_KEY, caller, request, ops.publicKeys()::getPublicKey);
    }

    public SignResult sign(Caller caller, SignRequest request) {
        return call(Operation.SIGN, caller, request, ops.signing()::sign);
    }

    public VerifyResult verify(Caller caller, VerifyRequest request) {
        return call(Operation.VERIFY, caller, request, ops.signing()::verify);
    }

    public DeriveSharedSecretResult deriveSharedSecret(Caller caller, DeriveSharedSecretRequest request) {
        return call(Operation.DERIVE_SHARED_SECRET, caller, request, ops.keyAgreement()::deriveSharedSecret);
    }

    public GenerateMacResult generateMac(Caller caller, GenerateMacRequest request) {
        return call(Operation.GENERATE_MAC, caller, request, ops.macs()::generateMac);
    }

    public VerifyMacResult verifyMac(Caller caller, VerifyMacRequest request) {
        return call(Operation.VERIFY_MAC, caller, request, ops.macs()::verifyMac);
    }

    public EnableKeyRotationResult enableKeyRotation(Caller caller, EnableKeyRotationRequest request) {
        return call(Operation.ENABLE_KEY_ROTATION, caller, request, ops.rotation()::enableKeyRotation);
    }

    public DisableKeyRotationResult disableKeyRotation(Caller caller, DisableKeyRotationRequest request) {
        return call(Operation.DISABLE_KEY_ROTATION, caller, request, ops.rotation()::disableKeyRotation);
    }

    public GetKeyRotationStatusResult getKeyRotationStatus(Caller caller, GetKeyRotationStatusRequest request) {
        return call(Operation.GET_KEY_ROTATION_STATUS, caller, request, ops.rotation()::getKeyRotationStatus);
    }

    public RotateKeyOnDemandResult rotateKeyOnDemand(Caller caller, RotateKeyOnDemandRequest request) {
        return call(Operation.ROTATE_KEY_ON_DEMAND, caller, request, ops.rotation()::rotateKeyOnDemand);
    }

    public ListKeyRotationsResult listKeyRotations(Caller caller, ListKeyRotationsRequest request) {
        return call(Operation.LIST_KEY_ROTATIONS, caller, request, ops.rotation()::listKeyRotations);
    }

    public GetParametersForImportResult getParametersForImport(Caller caller, GetParametersForImportRequest request) {
        return call(Operation.GET_PARAMETERS_FOR_IMPORT, caller, request, ops.imports()::getParametersForImport);
    }

    public ImportKeyMaterialResult importKeyMaterial(Caller caller, ImportKeyMaterialRequest request) {
        return call(Operation.IMPORT_KEY_MATERIAL, caller, request, ops.imports()::importKeyMaterial);
    }

    public DeleteImportedKeyMaterialResult deleteImportedKeyMaterial(Caller caller, DeleteImportedKeyMaterialRequest request) {
        return call(Operation.DELETE_IMPORTED_KEY_MATERIAL, caller, request, ops.imports()::deleteImportedKeyMaterial);
    }

    public CreateAliasResult createAlias(Caller caller, CreateAliasRequest request) {
        return call(Operation.CREATE_ALIAS, caller, request, ops.aliases()::createAlias);
    }

    public UpdateAliasResult updateAlias(Caller caller, UpdateAliasRequest request) {
        return call(Operation.UPDATE_ALIAS, caller, request, ops.aliases()::updateAlias);
    }

    public DeleteAliasResult deleteAlias(Caller caller, DeleteAliasRequest request) {
        return call(Operation.DELETE_ALIAS, caller, request, ops.aliases()::deleteAlias);
    }

    public ListAliasesResult listAliases(Caller caller, ListAliasesRequest request) {
        return call(Operation.LIST_ALIASES, caller, request, ops.aliases()::listAliases);
    }

    public TagResourceResult tagResource(Caller caller, TagResourceRequest request) {
        return call(Operation.TAG_RESOURCE, caller, request, ops.tags()::tagResource);
    }

    public UntagResourceResult untagResource(Caller caller, UntagResourceRequest request) {
        return call(Operation.UNTAG_RESOURCE, caller, request, ops.tags()::untagResource);
    }

    public ListResourceTagsResult listResourceTags(Caller caller, ListResourceTagsRequest request) {
        return call(Operation.LIST_RESOURCE_TAGS, caller, request, ops.tags()::listResourceTags);
    }

    public GetKeyPolicyResult getKeyPolicy(Caller caller, GetKeyPolicyRequest request) {
        return call(Operation.GET_KEY_POLICY, caller, request, ops.policies()::getKeyPolicy);
    }

    public PutKeyPolicyResult putKeyPolicy(Caller caller, PutKeyPolicyRequest request) {
        return call(Operation.PUT_KEY_POLICY, caller, request, ops.policies()::putKeyPolicy);
    }

    public ListKeyPoliciesResult listKeyPolicies(Caller caller, ListKeyPoliciesRequest request) {
        return call(Operation.LIST_KEY_POLICIES, caller, request, ops.policies()::listKeyPolicies);
    }

    public CreateGrantResult createGrant(Caller caller, CreateGrantRequest request) {
        return call(Operation.CREATE_GRANT, caller, request, ops.grants()::createGrant);
    }

    public ListGrantsResult listGrants(Caller caller, ListGrantsRequest request) {
        return call(Operation.LIST_GRANTS, caller, request, ops.grants()::listGrants);
    }

    public ListRetirableGrantsResult listRetirableGrants(Caller caller, ListRetirableGrantsRequest request) {
        return call(Operation.LIST_RETIRABLE_GRANTS, caller, request, ops.grants()::listRetirableGrants);
    }

    public RetireGrantResult retireGrant(Caller caller, RetireGrantRequest request) {
        return call(Operation.RETIRE_GRANT, caller, request, ops.grants()::retireGrant);
    }

    public RevokeGrantResult revokeGrant(Caller caller, RevokeGrantRequest request) {
        return call(Operation.REVOKE_GRANT, caller, request, ops.grants()::revokeGrant);
    }

    public CreateCustomKeyStoreResult createCustomKeyStore(Caller caller, CreateCustomKeyStoreRequest request) {
        return call(Operation.CREATE_CUSTOM_KEY_STORE, caller, request, ops.customKeyStores()::createCustomKeyStore);
    }

    public DescribeCustomKeyStoresResult describeCustomKeyStores(Caller caller,
            DescribeCustomKeyStoresRequest request) {
        return call(Operation.DESCRIBE_CUSTOM_KEY_STORES, caller, request,
                ops.customKeyStores()::describeCustomKeyStores);
    }

    public UpdateCustomKeyStoreResult updateCustomKeyStore(Caller caller, UpdateCustomKeyStoreRequest request) {
        return call(Operation.UPDATE_CUSTOM_KEY_STORE, caller, request, ops.updateCustomKeyStore()::run);
    }

    public ConnectCustomKeyStoreResult connectCustomKeyStore(Caller caller, ConnectCustomKeyStoreRequest request) {
        return call(Operation.CONNECT_CUSTOM_KEY_STORE, caller, request,
                ops.customKeyStores()::connectCustomKeyStore);
    }

    public DisconnectCustomKeyStoreResult disconnectCustomKeyStore(Caller caller,
            DisconnectCustomKeyStoreRequest request) {
        return call(Operation.DISCONNECT_CUSTOM_KEY_STORE, caller, request,
                ops.customKeyStores()::disconnectCustomKeyStore);
    }

    public DeleteCustomKeyStoreResult deleteCustomKeyStore(Caller caller, DeleteCustomKeyStoreRequest request) {
        return call(Operation.DELETE_CUSTOM_KEY_STORE, caller, request, ops.customKeyStores()::deleteCustomKeyStore);
    }

    /**
     * The four phases run inside {@code body}; here: due tasks, timing, error mapping and the one event; then, with
     * the lock released, the wait for what listeners wrote durably (see {@link DurableWrites}).
     */
    private <Q extends Record, R extends Record> R call(Operation op, Caller caller, Q request,
            BiFunction<Call, Q, R> body) {
        Objects.requireNonNull(caller, "caller");
        boolean outermost = DurableWrites.open();
        try {
            return locked(op, caller, request, body);
        } finally {
            if (outermost) {
                DurableWrites.awaitAll();
            }
        }
    }

    private <Q extends Record, R extends Record> R locked(Operation op, Caller caller, Q request,
            BiFunction<Call, Q, R> body) {
        lock.lock();
        try {
            ops.dueTasks().run();
            publisher.publishServiceEvents(core.drainServiceEvents());
            long start = System.nanoTime();
            Call call = new Call(caller, op, RequestIds.next());
            java.time.Instant at = clock.instant();
            try {
                if (request == null) {
                    throw new ValidationException("1 validation error detected: the request must not be null");
                }
                R result = body.apply(call, request);
                String eventId = publisher.publishCall(call, at, request, op.cryptographic() ? null : result, null,
                        System.nanoTime() - start);
                ops.lastUsage().record(call, at, eventId);
                return result;
            } catch (KmsException e) {
                publisher.publishCall(call, at, request, null, e, System.nanoTime() - start);
                throw e;
            } catch (RuntimeException e) {
                KMSInternalException internal = new KMSInternalException("An internal error occurred.");
                publisher.publishCall(call, at, request, null, internal, System.nanoTime() - start);
                throw internal;
            }
        } finally {
            lock.unlock();
        }
    }
}
