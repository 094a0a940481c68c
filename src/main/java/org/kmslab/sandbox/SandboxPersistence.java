package org.kmslab.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kmslab.engine.KmsEngine;

/**
 * Where sandboxes are kept between runs (implemented by {@code org.kmslab.sandbox.store}). The sandbox calls it
 * synchronously inside the engine call that changed something, so a call that has returned success is already saved.
 *
 * <p>Contract: every method either completes (the change is committed) or throws; none logs or returns secrets.
 * {@link #NONE} keeps nothing, for tests and tools that build a {@link SandboxService} by hand.
 */
public interface SandboxPersistence {

    /** Keeps nothing: every sandbox lives in memory only. */
    SandboxPersistence NONE = new SandboxPersistence() {
        @Override
        public List<SavedSandbox> loadAll() {
            return List.of();
        }

        @Override
        public void restore(KmsEngine engine, byte[] state) {
            throw new IllegalStateException("nothing was saved");
        }

        @Override
        public void saveSandbox(Sandbox sandbox) {
        }

        @Override
        public void saveEngine(Sandbox sandbox, KmsEngine engine) {
        }

        @Override
        public void saveClock(Sandbox sandbox) {
        }

        @Override
        public void saveReset(Sandbox sandbox) {
        }
    };

    /** Every saved sandbox, its engine states still in their saved (wrapped) form. Called once, at start-up. */
    List<SavedSandbox> loadAll();

    /**
     * One saved sandbox, read now (a sandbox another instance made, or the latest state of one that another instance
     * changed). Only a store shared by several instances needs it.
     */
    default Optional<SavedSandbox> load(String accountId) {
        return Optional.empty();
    }

    /** The account an access key id was issued in, read now from a shared store. */
    default Optional<String> accountOf(String accessKeyId) {
        return Optional.empty();
    }

    /** True when other instances write to the same store (cluster mode), so what is in memory may be behind. */
    default boolean shared() {
        return false;
    }

    /** Replaces {@code engine}'s state with a saved one (from {@link SavedSandbox#regionStates()}). */
    void restore(KmsEngine engine, byte[] state);

    /** Saves a new sandbox: its account, default Region, principals and their credentials. */
    void saveSandbox(Sandbox sandbox);

    /** Saves one Region's whole engine state and the sandbox's clock, in one transaction. */
    void saveEngine(Sandbox sandbox, KmsEngine engine);

    /** Saves the sandbox's clock offset (its time machine). */
    void saveClock(Sandbox sandbox);

    /** Saves the empty state of every Region, after {@link Sandbox#reset()}. */
    void saveReset(Sandbox sandbox);

    /**
     * A sandbox as it was saved.
     *
     * @param clockOffset  how far the sandbox's clock was ahead of the wall clock
     * @param principals   the principals with their credentials, in display order
     * @param regionStates each used Region's engine state, as {@link #saveEngine} wrote it
     */
    record SavedSandbox(String accountId, String defaultRegion, Duration clockOffset, List<Principal> principals,
            Map<String, byte[]> regionStates) {

        public SavedSandbox {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(defaultRegion, "defaultRegion");
            Objects.requireNonNull(clockOffset, "clockOffset");
            principals = List.copyOf(principals);
            regionStates = Map.copyOf(regionStates);
        }
    }
}
