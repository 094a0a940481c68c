package org.kmslab.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access key ids that the shared store did not know a moment ago, so that a client signing with keys nobody issued
 * (local mode's dummy keys) costs one database look-up per ten seconds rather than one per request. Bounded: it
 * forgets everything past {@link #LIMIT} entries.
 */
final class UnknownKeys {

    private static final long TTL_NANOS = 10_000_000_000L;
    private static final int LIMIT = 10_000;

    private final Map<String, Long> seenAt = new ConcurrentHashMap<>();

    boolean isRecent(String accessKeyId) {
        Long at = seenAt.get(accessKeyId);
        return at != null && System.nanoTime() - at < TTL_NANOS;
    }

    void remember(String accessKeyId) {
        if (seenAt.size() >= LIMIT) {
            seenAt.clear();
        }
        seenAt.put(accessKeyId, System.nanoTime());
    }
}
