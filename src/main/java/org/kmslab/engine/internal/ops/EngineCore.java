package org.kmslab.engine.internal.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.kmslab.engine.EngineClock;
import org.kmslab.engine.IamPolicyProvider;
import org.kmslab.engine.internal.policy.AccessControl;
import org.kmslab.engine.internal.store.KeyStore;

/**
 * What every operation shares: account and region, the clock, the store, access control, and the queue of
 * KMS-initiated service events raised while running due tasks. Only used under the engine lock.
 */
public final class EngineCore {

    private final String accountId;
    private final String region;
    private final EngineClock clock;
    private final KeyStore store = new KeyStore();
    private final AccessControl access;
    private final List<ServiceEvent> pendingServiceEvents = new ArrayList<>();
    private final CustomKeyStores customKeyStores = new CustomKeyStores(this);

    public EngineCore(String accountId, String region, EngineClock clock, IamPolicyProvider iam) {
        this.accountId = accountId;
        this.region = region;
        this.clock = clock;
        this.access = new AccessControl(store, iam);
    }

    public String accountId() {
        return accountId;
    }

    public String region() {
        return region;
    }

    public Instant now() {
        return clock.instant();
    }

    public KeyStore store() {
        return store;
    }

    /** Custom key stores: backings, the external key client, connection progress. */
    public CustomKeyStores customKeyStores() {
        return customKeyStores;
    }

    public AccessControl access() {
        return access;
    }

    public String keyArn(String keyId) {
        return KeyIds.keyArn(region, accountId, keyId);
    }

    /** Queues a KMS-initiated event (RotateKey, DeleteKey, DeleteExpiredKeyMaterial) for the engine to publish. */
    public void serviceEvent(ServiceEvent e) {
        pendingServiceEvents.add(e);
    }

    /** Takes the queued service events, oldest first. */
    public List<ServiceEvent> drainServiceEvents() {
        List<ServiceEvent> out = List.copyOf(pendingServiceEvents);
        pendingServiceEvents.clear();
        return out;
    }

    /** A KMS-initiated event: its name, the key, the material version involved and when it happened. */
    public record ServiceEvent(String eventName, String keyArn, String keyMaterialId, Instant eventTime) {
    }
}
