package org.kmslab.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.RegionPeers;
import org.kmslab.engine.StateWrappingKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One learner's AWS-like account: a KMS engine per region, created on first use, all sharing one clock so that a
 * fast-forward moves the whole account through time; and the principals ({@code Admin}, {@code Developer},
 * {@code App}) whose access keys sign requests over the wire.
 *
 * <p>Listeners added here with {@link #addListener} hear the events of every region's engine, including engines
 * created later and the fresh engines that replace the old ones on {@link #reset()}. Listeners added directly to
 * an engine stay with that engine, so views that must survive a reset listen here.
 *
 * <p>Persistence: every change is handed to the {@link SandboxPersistence} before the engine call returns (a listener
 * of each engine, called before any other), so an acknowledged call is durable. Saves of one sandbox are serialized;
 * a save from an engine that {@link #reset()} has already replaced is dropped.
 */
public final class Sandbox {

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    /** The principal names every sandbox has, in the order the connect page shows them. */
    public static final List<String> PRINCIPAL_NAMES = List.of("Admin", "Developer", "App");

    private final String accountId;
    private final String defaultRegion;
    private final EngineClock clock;
    private final Map<String, KmsEngine> engines = new ConcurrentHashMap<>();
    private final List<Principal> principals;
    private final List<Consumer<EngineEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> resetListeners = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, Object> attachments = new ConcurrentHashMap<>();
    private final Consumer<EngineEvent> fanOut = this::deliver;
    private final SandboxPersistence persistence;
    private final ReentrantLock saveLock = new ReentrantLock();
    private volatile ExternalKeyStores externalKeyStores = ExternalKeyStores.NONE;
    /** Every Region's engine runs under this one lock, so multi-Region keys see their whole set at once. */
    private final RegionPeers regions = new AccountRegions(new ReentrantLock());

    Sandbox(String accountId, String defaultRegion, EngineClock clock) {
        this(accountId, defaultRegion, clock,
                PRINCIPAL_NAMES.stream().map(name -> Principal.role(accountId, name)).toList(),
                SandboxPersistence.NONE);
    }

    /** A sandbox with the given principals (fresh or restored) whose changes go to {@code persistence}. */
    Sandbox(String accountId, String defaultRegion, EngineClock clock, List<Principal> principals,
            SandboxPersistence persistence) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.defaultRegion = Objects.requireNonNull(defaultRegion, "defaultRegion");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.principals = List.copyOf(principals);
        this.persistence = Objects.requireNonNull(persistence, "persistence");
    }

    public String accountId() {
        return accountId;
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    public EngineClock clock() {
        return clock;
    }

    /** The engine of {@code region}, created on first use. Each region is separate: keys never cross regions. */
    public KmsEngine engine(String region) {
        Objects.requireNonNull(region, "region");
        return engines.computeIfAbsent(region, r -> {
            KmsEngine engine = new KmsEngine(accountId, r, clock, this::iamAllows, regions);
            engine.addListener(new Saver(engine));
            engine.addListener(fanOut);
            engine.useExternalKeyClient(externalKeyStores.client());
            return engine;
        });
    }

    /**
     * Replaces {@code region}'s KMS state with an export made under {@code key} (undo does this), and saves it
     * before returning: importing produces no engine event, so the sandbox saves it here.
     *
     * @throws IllegalArgumentException when the bytes do not open under {@code key}; nothing changes then
     * @throws IllegalStateException    when the new state could not be saved (it is in effect in memory all the same)
     */
    public void importState(String region, byte[] state, StateWrappingKey key) {
        KmsEngine engine = engine(region);
        engine.importState(state, key);
        // Not under saveLock: the save takes the engine's lock, and a Saver holds that lock while it waits for
        // saveLock. A call racing with this import on the same Region may therefore be saved before it, and its
        // newer state overwritten by this one until the next change (see ADR 0001).
        if (engines.get(region) == engine) {
            persistence.saveEngine(this, engine);
        }
    }

    /**
     * Replaces every Region's state and moves the clock to a saved copy (cluster mode: this instance has just taken
     * the sandbox over, and another one may have changed it meanwhile). A Region the copy lacks was reset elsewhere:
     * it starts empty again, and the reset listeners run. Listeners and principals stay.
     */
    void reload(Duration savedClockOffset, Map<String, byte[]> regionStates) {
        boolean dropped = false;
        saveLock.lock();
        try {
            Duration ahead = savedClockOffset.minus(clockOffset());
            if (ahead.isPositive()) {
                clock.advance(ahead);
            }
            for (String region : List.copyOf(engines.keySet())) {
                if (!regionStates.containsKey(region)) {
                    KmsEngine old = engines.remove(region);
                    if (old != null) {
                        old.removeListener(fanOut);
                        dropped = true;
                    }
                }
            }
            regionStates.forEach(this::restoreRegion);
        } finally {
            saveLock.unlock();
        }
        if (dropped) {
            resetListeners.forEach(Runnable::run);
        }
    }

    /** Loads a saved state into {@code region}'s engine (at start-up, before anyone calls it). */
    void restoreRegion(String region, byte[] state) {
        persistence.restore(engine(region), state);
    }

    /**
     * The sandbox's IAM policies: the account root and the Admin role have {@code kms:*}; the Developer and App roles
     * have no IAM permissions for KMS, so they can use a key only where its key policy names them or a grant allows
     * them. That is what the key-policy lessons teach: the default key policy delegates to IAM.
     */
    private boolean iamAllows(String principalArn, String action, String resourceArn) {
        return principalArn.equals("arn:aws:iam::" + accountId + ":root")
                || principalArn.equals("arn:aws:iam::" + accountId + ":role/Admin");
    }

    /** External key stores: the client engines reach XKS proxies with, and this account's in-process proxy. */
    public ExternalKeyStores externalKeyStores() {
        return externalKeyStores;
    }

    void externalKeyStores(ExternalKeyStores value) {
        this.externalKeyStores = Objects.requireNonNull(value, "externalKeyStores");
        engines.values().forEach(engine -> engine.useExternalKeyClient(value.client()));
    }

    /**
     * Saves {@code region}'s engine now, for changes that publish no KMS event: the simulated CloudHSM's clusters, and
     * custom key stores that the clock moved from CONNECTING to CONNECTED.
     *
     * @throws IllegalStateException when it could not be saved
     */
    public void save(String region) {
        KmsEngine engine = engine(region);
        saveLock.lock();
        try {
            if (engines.get(region) == engine) {
                persistence.saveEngine(this, engine);
            }
        } finally {
            saveLock.unlock();
        }
    }

    /** The engine of the sandbox's default region. */
    public KmsEngine engine() {
        return engine(defaultRegion);
    }

    /** The account's administrator, as the browser workbench calls the engine: the account root. */
    public Caller administrator(CallSource source) {
        return Caller.root(accountId, source);
    }

    /** The principals of this sandbox ({@code Admin}, {@code Developer}, {@code App}) with their credentials. */
    public List<Principal> principals() {
        return principals;
    }

    /** A principal by name or CLI profile, ignoring case: {@code principal("developer")}. */
    public Optional<Principal> principal(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return principals.stream().filter(p -> p.profile().equals(wanted)).findFirst();
    }

    /** Listens to the events of every region's engine, now and after resets. */
    public void addListener(Consumer<EngineEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<EngineEvent> listener) {
        listeners.remove(listener);
    }

    /** Runs after every {@link #reset()}, on the thread that reset the sandbox. */
    /**
     * The one instance of {@code type} that belongs to this sandbox, made by {@code factory} on first request: state
     * that lives beside the engines (the simulated AWS services) and is shared by everything that uses the sandbox.
     */
    public <T> T attachment(Class<T> type, Function<Sandbox, T> factory) {
        return type.cast(attachments.computeIfAbsent(type, t -> factory.apply(this)));
    }

    public void addResetListener(Runnable listener) {
        resetListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeResetListener(Runnable listener) {
        resetListeners.remove(listener);
    }

    /**
     * Empties the sandbox: every region starts again with no keys, aliases or grants. The account id, the
     * principals' credentials, the clock and the listeners stay, so open browser tabs and configured CLIs keep
     * working. Calls already running finish on the old engines, whose events no longer reach this sandbox's
     * listeners.
     */
    public void reset() {
        saveLock.lock();
        try {
            for (String region : List.copyOf(engines.keySet())) {
                KmsEngine old = engines.remove(region);
                if (old != null) {
                    old.removeListener(fanOut);
                }
            }
            persistence.saveReset(this);
        } catch (RuntimeException e) {
            SaveFailures.record();
            LOG.error("Could not save the reset of sandbox {}: {}", accountId, e.toString());
        } finally {
            saveLock.unlock();
        }
        for (Runnable listener : resetListeners) {
            try {
                listener.run();
            } catch (RuntimeException ignored) {
                // A reset listener's failure is its own; the sandbox is already empty.
            }
        }
    }

    /**
     * Moves the whole sandbox forward in time (the time machine), saves the new offset, and lets every Region's KMS
     * do what became due (each due rotation or deletion is saved with its service event).
     *
     * @throws IllegalStateException when the new offset could not be saved (the clock has moved all the same)
     */
    public void advanceClock(Duration amount) {
        clock.advance(amount);
        saveLock.lock();
        try {
            persistence.saveClock(this);
        } finally {
            saveLock.unlock();
        }
        activeRegions().forEach(region -> {
            engine(region).runDueTasks();
            save(region); // connection states moved by the clock publish no event
        });
    }

    /** How far this sandbox's clock runs ahead of the wall clock, to the millisecond (zero when never advanced). */
    public Duration clockOffset() {
        Duration offset = Duration.between(Instant.now(), clock.instant()).plusNanos(500_000);
        offset = Duration.ofMillis(offset.toMillis());
        return offset.isNegative() ? Duration.ZERO : offset;
    }

    /** The regions that have an engine now (used ones), for display. */
    public List<String> activeRegions() {
        return engines.keySet().stream().sorted().toList();
    }

    private void deliver(EngineEvent event) {
        for (Consumer<EngineEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException ignored) {
                // Same contract as the engine: one listener's failure never reaches the call or the others.
            }
        }
    }

    @Override
    public String toString() {
        return "Sandbox[" + accountId + "]";
    }

    /** The account's Regions as its engines see each other: any Region KMS Lab knows, one shared lock. */
    private final class AccountRegions implements RegionPeers {
        private final ReentrantLock lock;

        AccountRegions(ReentrantLock lock) {
            this.lock = lock;
        }

        @Override
        public Optional<KmsEngine> engine(String region) {
            return Regions.isKnown(region) ? Optional.of(Sandbox.this.engine(region)) : Optional.empty();
        }

        @Override
        public ReentrantLock lock() {
            return lock;
        }
    }

    /**
     * Saves its engine's whole state after every event that may have changed it, on the calling thread and inside
     * the engine's lock, so the state saved is exactly the state the call left and the call returns only afterwards.
     */
    private final class Saver implements Consumer<EngineEvent> {
        private final KmsEngine engine;
        private final SaveTrigger trigger = new SaveTrigger();

        Saver(KmsEngine engine) {
            this.engine = engine;
        }

        @Override
        public void accept(EngineEvent event) {
            if (!trigger.shouldSave(event)) {
                return;
            }
            saveLock.lock();
            try {
                if (engines.get(engine.region()) == engine) {
                    persistence.saveEngine(Sandbox.this, engine);
                }
            } catch (RuntimeException e) {
                SaveFailures.record();
                LOG.error("Could not save {} of sandbox {} in {}: {}", event.eventName(), accountId, engine.region(),
                        e.toString());
            } finally {
                saveLock.unlock();
            }
        }
    }
}
