package org.kmslab.api.xks;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.kmslab.sandbox.ExternalKeyStores.ProxyRequest;

/**
 * The proxy's own record of what KMS asked it (the spec asks proxies to log {@code kmsRequestId} so a customer can
 * match CloudTrail entries): the newest 50 requests of one tenant. No plaintext, ciphertext or key material.
 */
final class XksRequestLog {

    private static final int SIZE = 50;
    private final Deque<ProxyRequest> entries = new ArrayDeque<>();

    synchronized void add(String api, String kmsOperation, String kmsRequestId, String kmsKeyArn, String keyId,
            int status) {
        if (entries.size() == SIZE) {
            entries.removeFirst();
        }
        entries.addLast(new ProxyRequest(Instant.now(), api, kmsOperation, kmsRequestId, kmsKeyArn, keyId, status));
    }

    /** Oldest first. */
    synchronized List<ProxyRequest> entries() {
        return List.copyOf(entries);
    }
}
