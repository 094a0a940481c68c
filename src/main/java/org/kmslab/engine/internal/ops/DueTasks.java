package org.kmslab.engine.internal.ops;

/** Applies time-driven effects that the engine clock says are due. */
public final class DueTasks {

    private final EngineCore core;

    public DueTasks(EngineCore core) {
        this.core = core;
    }

    /** Runs everything due at the current engine time. */
    public void run() {
        core.now();
    }
}
