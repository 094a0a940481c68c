package org.kmslab.engine.internal.ops;

import java.util.Optional;

/**
 * The other Regions of the same account, as the multi-Region operations reach them. Every Region's engine shares one
 * lock, so a call that touches two Regions sees both whole.
 */
public interface Peers {

    /** The engine core of {@code region}, created on first use; empty when KMS Lab does not know that Region. */
    Optional<Peer> peer(String region);

    /** No other Region: a lone engine. */
    static Peers none() {
        return region -> Optional.empty();
    }

    /** One Region's engine, seen from another. */
    interface Peer {

        EngineCore core();

        /** Runs what is due in that Region (deletions, settling states) before it is looked at. */
        void runDueTasks();

        /** Publishes, in that Region, the service events queued in its core. */
        void publish();
    }
}
