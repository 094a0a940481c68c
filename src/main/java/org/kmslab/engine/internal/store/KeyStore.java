package org.kmslab.engine.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * All keys (in creation order), aliases (by name, sorted as ListAliases returns them), grants (by id), custom key
 * stores and the simulated CloudHSM clusters behind them.
 */
public final class KeyStore {

    private final Map<String, ManagedKey> keys = new LinkedHashMap<>();
    private final Map<String, AliasRecord> aliases = new TreeMap<>();
    private final Map<String, GrantRecord> grants = new LinkedHashMap<>();
    private final Map<String, CustomKeyStoreRecord> customKeyStores = new LinkedHashMap<>();
    private final Map<String, HsmCluster> hsmClusters = new LinkedHashMap<>();
    private final Map<String, LastUsage> lastUsage = new LinkedHashMap<>();

    public Map<String, ManagedKey> keys() {
        return keys;
    }

    public Map<String, AliasRecord> aliases() {
        return aliases;
    }

    public Map<String, GrantRecord> grants() {
        return grants;
    }

    /** Custom key stores by id, in creation order. */
    public Map<String, CustomKeyStoreRecord> customKeyStores() {
        return customKeyStores;
    }

    /** The account's simulated CloudHSM clusters by cluster id. */
    public Map<String, HsmCluster> hsmClusters() {
        return hsmClusters;
    }

    /** Last-usage records by key id; a key without one has been tracked since its creation and never used. */
    public Map<String, LastUsage> lastUsage() {
        return lastUsage;
    }

    /** Removes a key with its aliases and grants (real deletion at the end of the waiting period). */
    public void delete(String keyId) {
        keys.remove(keyId);
        aliases.values().removeIf(a -> a.targetKeyId().equals(keyId));
        grants.values().removeIf(g -> g.keyId().equals(keyId));
        lastUsage.remove(keyId);
    }

    /** Empties everything (before restoring a snapshot). */
    public void clear() {
        keys.clear();
        aliases.clear();
        grants.clear();
        customKeyStores.clear();
        hsmClusters.clear();
        lastUsage.clear();
    }
}
