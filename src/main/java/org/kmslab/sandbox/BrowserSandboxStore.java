package org.kmslab.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sandbox each browser works in, by the SHA-256 of the browser's secret token (never the token itself), kept
 * by {@code org.kmslab.sandbox.store} in the application's database so a browser finds its sandbox again after the
 * application restarts.
 *
 * <p>Contract: every method either completes (a change is committed) or throws.
 */
public interface BrowserSandboxStore {

    /** The account id of the sandbox the browser with this token hash works in. */
    Optional<String> accountOf(String tokenHash);

    /** True when no browser has been given a sandbox yet (then the first one gets the default sandbox). */
    boolean isEmpty();

    /** Points the browser with this token hash at {@code accountId}'s sandbox, replacing any earlier one. */
    void put(String tokenHash, String accountId);

    /** A store that keeps the mapping in memory only, for tests and tools that run without a database. */
    static BrowserSandboxStore inMemory() {
        Map<String, String> byHash = new ConcurrentHashMap<>();
        return new BrowserSandboxStore() {
            @Override
            public Optional<String> accountOf(String tokenHash) {
                return Optional.ofNullable(byHash.get(tokenHash));
            }

            @Override
            public boolean isEmpty() {
                return byHash.isEmpty();
            }

            @Override
            public void put(String tokenHash, String accountId) {
                byHash.put(tokenHash, accountId);
            }
        };
    }
}
