package org.kmslab.engine;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Regions of one account, as an engine sees its siblings: multi-Region keys reach from one Region's engine into
 * another's (ReplicateKey, UpdatePrimaryRegion, rotation and deletion of a set). All engines of the account share
 * {@link #lock()}, so a call that touches two Regions never meets half of another call.
 */
public interface RegionPeers {

    /** The engine of {@code region} in the same account, created on first use; empty for a Region not served. */
    Optional<KmsEngine> engine(String region);

    /** The one lock every engine of the account runs its calls under. */
    ReentrantLock lock();

    /** A lone engine: no other Region, a lock of its own. */
    static RegionPeers none() {
        ReentrantLock lock = new ReentrantLock();
        return new RegionPeers() {
            @Override
            public Optional<KmsEngine> engine(String region) {
                return Optional.empty();
            }

            @Override
            public ReentrantLock lock() {
                return lock;
            }
        };
    }
}
