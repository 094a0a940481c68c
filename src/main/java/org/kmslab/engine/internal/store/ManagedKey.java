package org.kmslab.engine.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kmslab.engine.api.KeyManager;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.Origin;

/**
 * A KMS key: fixed identity (id, ARN, spec, usage, origin, manager) and the mutable parts AWS lets change
 * (state, description, policy, tags, rotation schedule, material versions, import parameters). Mutated only
 * under the engine lock; material versions themselves are immutable.
 */
public final class ManagedKey {

    private final String keyId;
    private final String arn;
    private final String accountId;
    private final Instant creationDate;
    private final KeySpec spec;
    private final KeyUsage usage;
    private final Origin origin;
    private final KeyManager manager;
    private final boolean awsOwned;

    /** Mutable state; public fields would spread invariants, so each change has a named method or a setter. */
    private String description = "";
    private KeyState state;
    private Instant deletionDate;
    private Integer pendingWindowInDays;
    private String policy;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final List<MaterialVersion> versions = new ArrayList<>();
    private String currentMaterialId;
    private final Rotation rotation = new Rotation();
    private ImportParameters importParameters;
    private String customKeyStoreId;
    private String xksKeyId;
    private KeyBacking backing;
    private MultiRegion multiRegion;

    public ManagedKey(String keyId, String arn, String accountId, Instant creationDate, KeySpec spec, KeyUsage usage,
            Origin origin, KeyManager manager, boolean awsOwned, KeyState initialState) {
        this.keyId = keyId;
        this.arn = arn;
        this.accountId = accountId;
        this.creationDate = creationDate;
        this.spec = spec;
        this.usage = usage;
        this.origin = origin;
        this.manager = manager;
        this.awsOwned = awsOwned;
        this.state = initialState;
    }

    public String keyId() {
        return keyId;
    }

    public String arn() {
        return arn;
    }

    public String accountId() {
        return accountId;
    }

    public Instant creationDate() {
        return creationDate;
    }

    public KeySpec spec() {
        return spec;
    }

    public KeyUsage usage() {
        return usage;
    }

    public Origin origin() {
        return origin;
    }

    public KeyManager manager() {
        return manager;
    }

    public boolean awsOwned() {
        return awsOwned;
    }

    public String description() {
        return description;
    }

    public void description(String value) {
        this.description = value == null ? "" : value;
    }

    /**
     * The state AWS reports: a key in a custom key store that is not connected is Unavailable, unless it is pending
     * deletion (which it stays); otherwise the stored state.
     */
    public KeyState state() {
        if (backing != null && state != KeyState.PENDING_DELETION && !backing.connected()) {
            return KeyState.UNAVAILABLE;
        }
        return state;
    }

    /** The state as set by the key's own operations, whatever its key store's connection (for persistence). */
    public KeyState storedState() {
        return state;
    }

    public void state(KeyState value) {
        this.state = value;
    }

    public Instant deletionDate() {
        return deletionDate;
    }

    public Integer pendingWindowInDays() {
        return pendingWindowInDays;
    }

    /** Enters PendingDeletion until {@code date}. */
    public void scheduleDeletion(Instant date, int windowDays) {
        this.state = KeyState.PENDING_DELETION;
        this.deletionDate = date;
        this.pendingWindowInDays = windowDays;
    }

    /** Leaves PendingDeletion into {@code next} (Disabled, or PendingImport for keys without material). */
    public void cancelDeletion(KeyState next) {
        this.state = next;
        this.deletionDate = null;
        this.pendingWindowInDays = null;
    }

    public String policy() {
        return policy;
    }

    public void policy(String document) {
        this.policy = document;
    }

    /** Live tag map, insertion-ordered. */
    public Map<String, String> tags() {
        return tags;
    }

    /** Every material version, oldest first. */
    public List<MaterialVersion> versions() {
        return versions;
    }

    public Optional<MaterialVersion> version(String materialId) {
        for (MaterialVersion v : versions) {
            if (v.materialId().equals(materialId)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Adds or replaces (same id) a version. */
    public void putVersion(MaterialVersion v) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).materialId().equals(v.materialId())) {
                versions.set(i, v);
                return;
            }
        }
        versions.add(v);
    }

    public String currentMaterialId() {
        return currentMaterialId;
    }

    public void currentMaterialId(String id) {
        this.currentMaterialId = id;
    }

    public Optional<MaterialVersion> current() {
        return currentMaterialId == null ? Optional.empty() : version(currentMaterialId);
    }

    public Rotation rotation() {
        return rotation;
    }

    public ImportParameters importParameters() {
        return importParameters;
    }

    public void importParameters(ImportParameters p) {
        this.importParameters = p;
    }

    /** The custom key store holding the key, or null for AWS KMS's own key store. */
    public String customKeyStoreId() {
        return customKeyStoreId;
    }

    /** The external key's id in its external key manager (EXTERNAL_KEY_STORE keys), else null. */
    public String xksKeyId() {
        return xksKeyId;
    }

    /** Places the key in a custom key store (once, at creation or restore). */
    public void customKeyStore(String storeId, String externalKeyId) {
        this.customKeyStoreId = storeId;
        this.xksKeyId = externalKeyId;
    }

    public KeyBacking backing() {
        return backing;
    }

    /** Links the key to the live backing of its custom key store (not persisted; rebuilt on restore). */
    public void backing(KeyBacking value) {
        this.backing = value;
    }

    /** The multi-Region set this key belongs to; null for a single-Region key. */
    public MultiRegion multiRegion() {
        return multiRegion;
    }

    public void multiRegion(MultiRegion value) {
        this.multiRegion = value;
    }

    @Override
    public String toString() {
        return "ManagedKey[" + arn + ", " + spec.wire() + ", " + state.wire() + "]";
    }
}
