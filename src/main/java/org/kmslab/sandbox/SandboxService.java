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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Hands out sandboxes and finds them again by account id or by access key id. In local mode (the default) every
 * learner on this machine shares the default sandbox, whose account id is {@code kmslab.account-id}; further
 * sandboxes (e.g. one per learner on a shared server) are made with {@link #create()}.
 */
@Service
public class SandboxService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxMode mode;
    private final String region;
    private final Sandbox defaultSandbox;
    private final Map<String, Sandbox> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Identity> byAccessKey = new ConcurrentHashMap<>();
    private final List<Consumer<EngineEvent>> everySandbox = new CopyOnWriteArrayList<>();

    @Autowired
    public SandboxService(@Value("${kmslab.account-id:111122223333}") String accountId,
                          @Value("${kmslab.region:us-east-1}") String region,
                          @Value("${kmslab.mode:local}") String mode) {
        this.mode = SandboxMode.parse(mode);
        this.region = region;
        this.defaultSandbox = register(new Sandbox(accountId, region, EngineClock.system()));
    }

    /** A local-mode service. */
    public SandboxService(String accountId, String region) {
        this(accountId, region, "local");
    }

    /** A local-mode service with the default account and region, for tests and tools. */
    public static SandboxService local() {
        return new SandboxService("111122223333", "us-east-1", "local");
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
            Sandbox candidate = new Sandbox(accountId, region, EngineClock.system());
            if (byAccount.putIfAbsent(accountId, candidate) == null) {
                indexCredentials(candidate);
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

    public Optional<Sandbox> find(String accountId) {
        return Optional.ofNullable(byAccount.get(accountId));
    }

    /** The sandbox and principal an access key id was issued to, if any sandbox issued it. */
    public Optional<Identity> identify(String accessKeyId) {
        return accessKeyId == null ? Optional.empty() : Optional.ofNullable(byAccessKey.get(accessKeyId));
    }

    public Collection<Sandbox> all() {
        return List.copyOf(byAccount.values());
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
