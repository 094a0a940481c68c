package org.kmslab.engine.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A multi-Region key's view of its set: which Region holds the primary, which Regions hold replicas (in the order
 * they were made), and, while the key is Creating or Updating, when that transient state ends. Each Region's copy
 * of the key holds the whole set, kept in step by the engine as AWS synchronizes it. Mutated only under the lock.
 */
public final class MultiRegion {

    private String primaryRegion;
    private final List<String> replicaRegions = new ArrayList<>();
    private Instant settlesAt;

    public MultiRegion(String primaryRegion, List<String> replicaRegions, Instant settlesAt) {
        this.primaryRegion = primaryRegion;
        this.replicaRegions.addAll(replicaRegions);
        this.settlesAt = settlesAt;
    }

    public String primaryRegion() {
        return primaryRegion;
    }

    /** Replica Regions, oldest first; a live copy. */
    public List<String> replicaRegions() {
        return replicaRegions;
    }

    /** True when the copy in {@code region} is the primary key. */
    public boolean isPrimaryIn(String region) {
        return primaryRegion.equals(region);
    }

    /** Every Region of the set, primary first. */
    public List<String> allRegions() {
        List<String> all = new ArrayList<>();
        all.add(primaryRegion);
        all.addAll(replicaRegions);
        return all;
    }

    /** Replaces the set with {@code other}'s (synchronization). */
    public void copyFrom(MultiRegion other) {
        this.primaryRegion = other.primaryRegion;
        this.replicaRegions.clear();
        this.replicaRegions.addAll(other.replicaRegions);
    }

    /** Makes {@code region} the primary and the old primary a replica. */
    public void promote(String region) {
        replicaRegions.remove(region);
        replicaRegions.add(primaryRegion);
        primaryRegion = region;
    }

    /** When Creating or Updating ends; null when the key is not in a transient state. */
    public Instant settlesAt() {
        return settlesAt;
    }

    public void settlesAt(Instant at) {
        this.settlesAt = at;
    }
}
