package org.kmslab.engine.internal.store;

import java.time.Instant;

/** A key's rotation schedule and on-demand count. Mutated only under the engine lock. */
public final class Rotation {

    private boolean enabled;
    private Integer periodInDays;
    private Instant nextRotationDate;
    private int onDemandCount;

    public boolean enabled() {
        return enabled;
    }

    public Integer periodInDays() {
        return periodInDays;
    }

    public Instant nextRotationDate() {
        return nextRotationDate;
    }

    public int onDemandCount() {
        return onDemandCount;
    }

    /** Turns automatic rotation on; the first rotation is one period away. */
    public void enable(int days, Instant next) {
        this.enabled = true;
        this.periodInDays = days;
        this.nextRotationDate = next;
    }

    public void disable() {
        this.enabled = false;
        this.nextRotationDate = null;
    }

    public void next(Instant date) {
        this.nextRotationDate = date;
    }

    public void countOnDemand() {
        this.onDemandCount++;
    }

    /** Restores a persisted schedule. */
    public void restore(boolean on, Integer days, Instant next, int onDemand) {
        this.enabled = on;
        this.periodInDays = days;
        this.nextRotationDate = next;
        this.onDemandCount = onDemand;
    }
}
