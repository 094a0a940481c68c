package org.kmslab.sandbox;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.EngineEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Hands out sandboxes and finds them again by account id or by access key id. The default sandbox, whose account id
 * is {@code kmslab.account-id}, is the one wire calls with credentials nobody issued reach in local mode (and the
 * first browser's, see {@link BrowserSandboxes}); further sandboxes (each later browser's, each class learner's, each
 * strict-mode session's) are made with {@link #create()}.
 *
 * <p>With a {@link SandboxPersistence} (the application has one; see {@code org.kmslab.sandbox.store}), every sandbox
 * saved by an earlier run comes back at start-up with its principals, credentials, clock and engine states, and every
 * sandbox made here is saved before {@link #create()} returns.
 */
@Service
public class SandboxService {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxMode mode;
    private final String region;
    private final SandboxPersistence persistence;
    private final Sandbox defaultSandbox;
    private final Map<String, Sandbox> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Identity> byAccessKey = new ConcurrentHashMap<>();
    private final List<Consumer<EngineEvent>> everySandbox = new CopyOnWriteArrayList<>();
    private volatile ExternalKeyStores externalKeyStores = ExternalKeyStores.NONE;
    private final UnknownKeys unknownKeys = new UnknownKeys();

    @Autowired
    public SandboxService(@Value("${kmslab.account-id:111122223333}") String accountId,
                          @Value("${kmslab.region:us-east-1}") String region,
                          @Value("${kmslab.mode:local}") String mode,
                          ObjectProvider<SandboxPersistence> persistence) {
        this(accountId, region, mode, persistence.getIfAvailable(() -> SandboxPersistence.NONE));
    }

    /** A service whose sandboxes are kept by {@code persistence}: it loads the saved ones now. */
    public SandboxService(String accountId, String region, String mode, SandboxPersistence persistence) {
        this.mode = SandboxMode.parse(mode);
        this.region = region;
        this.persistence = persistence;
        for (SandboxPersistence.SavedSandbox saved : persistence.loadAll()) {
            register(restore(saved));
        }
        Sandbox existing = byAccount.get(accountId);
        this.defaultSandbox = existing != null ? existing : createDefault(accountId);
        if (!byAccount.isEmpty() && persistence != SandboxPersistence.NONE) {
            LOG.info("{} sandbox(es) ready, default account {}", byAccount.size(), accountId);
        }
    }

    /** A service that keeps nothing, in {@code mode} ({@code local} or {@code strict}). */
    public SandboxService(String accountId, String region, String mode) {
        this(accountId, region, mode, SandboxPersistence.NONE);
    }

    /** A local-mode service that keeps nothing. */
    public SandboxService(String accountId, String region) {
        this(accountId, region, "local", SandboxPersistence.NONE);
    }

    /** Plugs in external key stores (the application's in-process XKS proxy) for every sandbox, now and later. */
    @Autowired(required = false)
    public void externalKeyStores(ExternalKeyStores value) {
        this.externalKeyStores = value;
        all().forEach(sandbox -> sandbox.externalKeyStores(value));
    }

    /** A local-mode service with the default account and region that keeps nothing, for tests and tools. */
    public static SandboxService local() {
        return new SandboxService("111122223333", "us-east-1", "local", SandboxPersistence.NONE);
    }

    public SandboxMode mode() {
        return mode;
    }

    public Sandbox defaultSandbox() {
        return defaultSandbox;
    }

    /** A new, empty sandbox with a fresh random 12-digit account id and fresh credentials. */
    public Sandbox create() {
        while (true) {
            String accountId = String.format("%012d", RANDOM.nextLong(1_000_000_000_000L));
            Sandbox candidate = fresh(accountId);
            if (byAccount.putIfAbsent(accountId, candidate) == null) {
                try {
                    persistence.saveSandbox(candidate);
                } catch (RuntimeException e) {
                    byAccount.remove(accountId, candidate);
                    throw e;
                }
                indexCredentials(candidate);
                candidate.externalKeyStores(externalKeyStores);
                everySandbox.forEach(candidate::addListener);
                return candidate;
            }
        }
    }

    /**
     * Subscribes to the engine events of every sandbox, present and future (the audit log does); the events carry
     * their account id.
     */
    public void addEventListener(Consumer<EngineEvent> listener) {
        everySandbox.add(listener);
        all().forEach(sandbox -> sandbox.addListener(listener));
    }

    /** The sandbox of {@code accountId}; in cluster mode also one that another instance made since start-up. */
    public Optional<Sandbox> find(String accountId) {
        Sandbox known = byAccount.get(accountId);
        if (known != null || !persistence.shared()) {
            return Optional.ofNullable(known);
        }
        return persistence.load(accountId).map(this::adopt);
    }

    /** The sandbox and principal an access key id was issued to, if any sandbox issued it. */
    public Optional<Identity> identify(String accessKeyId) {
        if (accessKeyId == null) {
            return Optional.empty();
        }
        Identity known = byAccessKey.get(accessKeyId);
        if (known != null || !persistence.shared() || unknownKeys.isRecent(accessKeyId)) {
            return Optional.ofNullable(known);
        }
        Optional<Identity> found = persistence.accountOf(accessKeyId).flatMap(this::find)
                .map(sandbox -> byAccessKey.get(accessKeyId));
        if (found.isEmpty()) {
            unknownKeys.remember(accessKeyId);
        }
        return found;
    }

    /**
     * Brings {@code sandbox} up to its saved state: every Region's engine and the clock (cluster mode, when this
     * instance takes over a sandbox that another instance may have changed).
     */
    public void refresh(Sandbox sandbox) {
        persistence.load(sandbox.accountId())
                .ifPresent(saved -> sandbox.reload(saved.clockOffset(), saved.regionStates()));
    }

    public Collection<Sandbox> all() {
        return List.copyOf(byAccount.values());
    }

    /** Makes and saves the default sandbox; in a cluster another instance may have made it the same moment. */
    private Sandbox createDefault(String accountId) {
        Sandbox fresh = fresh(accountId);
        try {
            persistence.saveSandbox(fresh);
        } catch (RuntimeException e) {
            Optional<SandboxPersistence.SavedSandbox> saved = persistence.shared() ? persistence.load(accountId)
                    : Optional.empty();
            if (saved.isEmpty()) {
                throw e;
            }
            return register(restore(saved.get()));
        }
        return register(fresh);
    }

    /** A sandbox another instance made, registered here on first sight (once, however many threads ask). */
    private synchronized Sandbox adopt(SandboxPersistence.SavedSandbox saved) {
        Sandbox known = byAccount.get(saved.accountId());
        if (known != null) {
            return known;
        }
        Sandbox sandbox = register(restore(saved));
        everySandbox.forEach(sandbox::addListener);
        return sandbox;
    }

    private Sandbox fresh(String accountId) {
        return new Sandbox(accountId, region, EngineClock.system(),
                Sandbox.PRINCIPAL_NAMES.stream().map(name -> Principal.role(accountId, name)).toList(), persistence);
    }

    private Sandbox restore(SandboxPersistence.SavedSandbox saved) {
        EngineClock clock = EngineClock.system();
        clock.advance(saved.clockOffset());
        Sandbox sandbox = new Sandbox(saved.accountId(), saved.defaultRegion(), clock, saved.principals(),
                persistence);
        saved.regionStates().forEach(sandbox::restoreRegion);
        return sandbox;
    }

    private Sandbox register(Sandbox sandbox) {
        byAccount.put(sandbox.accountId(), sandbox);
        indexCredentials(sandbox);
        return sandbox;
    }

    private void indexCredentials(Sandbox sandbox) {
        for (Principal p : sandbox.principals()) {
            byAccessKey.put(p.credentials().accessKeyId(), new Identity(sandbox, p));
        }
    }
}
