package org.kmslab.engine;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request and event ids: random version-4 UUIDs, as AWS's look, drawn from {@link ThreadLocalRandom}. They name
 * calls in the event history and are no secret, so they need not come from {@code SecureRandom}, whose shared
 * generator cost about a fifth of a small Encrypt when two ids were drawn per call (docs/benchmarks.md). Key ids
 * still come from {@code UUID.randomUUID()}.
 */
final class RequestIds {

    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (r.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(msb, lsb).toString();
    }
}
