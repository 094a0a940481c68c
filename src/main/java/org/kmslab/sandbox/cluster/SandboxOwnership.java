package org.kmslab.sandbox.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.sandbox.SaveFence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One owner per sandbox at a time. The owner is the instance named in the sandbox's {@code sandbox_owner} row, with
 * an epoch that grows at every change of owner. An instance takes a sandbox over only when the row is absent or names
 * an instance whose lease ran out (or that released it), then loads the sandbox's latest saved state before serving
 * it. Every save checks the row in its own transaction ({@link #check}): the taker's {@code FOR UPDATE} waits for a
 * save in flight, and a save after the take-over fails, so two engines never write one sandbox and an acknowledged
 * call is never overwritten.
 *
 * <p>Wire calls for a sandbox owned elsewhere are forwarded to its owner (see {@code org.kmslab.api}); a browser
 * session works only on sandboxes its own instance owns, and asks the owner to hand one over ({@link #claim}) over
 * {@link ClusterBus}.
 */
@Component
@ConditionalOnProperty(name = "kmslab.cluster.enabled", havingValue = "true")
public class SandboxOwnership implements SaveFence {

    /** Where a call for a sandbox goes: served here, or forwarded to {@code forwardTo}. */
    public record Route(Optional<String> forwardTo) {
        static final Route HERE = new Route(Optional.empty());
    }

    private static final Logger LOG = LoggerFactory.getLogger(SandboxOwnership.class);
    private static final String RELEASE = "release";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(15);
    /** How long a learned owner is trusted without asking the database again (a wrong one is also forgotten). */
    private static final long HINT_NANOS = Duration.ofSeconds(5).toNanos();

    private final OwnerRows rows;
    private final ClusterMembership membership;
    private final ClusterBus bus;
    private final SandboxService sandboxes;
    private final Map<String, Long> owned = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, OwnerHint> hints = new ConcurrentHashMap<>();

    /** The owner another instance was last seen to be, so that not every forwarded call locks the owner row. */
    private record OwnerHint(String url, long until) {}

    SandboxOwnership(OwnerRows rows, ClusterMembership membership, ClusterBus bus,
            SandboxService sandboxes) {
        this.rows = rows;
        this.membership = membership;
        this.bus = bus;
        this.sandboxes = sandboxes;
        bus.subscribe(RELEASE, this::onReleaseRequest);
    }

    /** The id of this instance, sent along with forwarded calls. */
    public String instanceId() {
        return membership.instanceId();
    }

    /**
     * Where a wire call for {@code sandbox} goes. Served here when this instance owns it or can take it over (then
     * it is brought up to date first); forwarded when another live instance owns it, unless the call was already
     * forwarded once, in which case the answer is empty and the caller should retry. The owner learned from the
     * database is then trusted for a few seconds without asking again; the owner itself checks every forwarded call
     * (and answers that it is not the owner when it let go meanwhile: {@link #forgetOwner}).
     */
    public Optional<Route> route(Sandbox sandbox, boolean alreadyForwarded) {
        String accountId = sandbox.accountId();
        if (ownsNow(accountId)) {
            return Optional.of(Route.HERE);
        }
        OwnerHint hint = hints.get(accountId);
        if (!alreadyForwarded && hint != null && System.nanoTime() - hint.until() < 0) {
            return Optional.of(new Route(Optional.of(hint.url())));
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            OwnerRows.Outcome outcome = acquire(sandbox);
            if (outcome.acquired()) {
                hints.remove(accountId);
                return Optional.of(Route.HERE);
            }
            if (outcome.ownerUrl().isPresent()) {
                hints.put(accountId, new OwnerHint(outcome.ownerUrl().get(), System.nanoTime() + HINT_NANOS));
                return alreadyForwarded ? Optional.empty() : Optional.of(new Route(outcome.ownerUrl()));
            }
            // Another instance took it this very moment: its row is visible on the next attempt.
        }
        return Optional.empty();
    }

    /**
     * Forgets where {@code accountId} was last seen: its owner refused the connection, or answered that it no
     * longer holds the sandbox. The next call asks the database again.
     */
    public void forgetOwner(String accountId) {
        hints.remove(accountId);
    }

    /**
     * Makes this instance the owner of {@code sandbox} for a browser session here: takes it over when free, else
     * asks its owner to hand it over and waits (at most {@link #CLAIM_TIMEOUT}).
     *
     * @return false when the owner did not let go in time (saves stay refused until this instance owns it)
     */
    public boolean claim(Sandbox sandbox) {
        long deadline = System.nanoTime() + CLAIM_TIMEOUT.toNanos();
        long nextAsk = 0;
        while (true) {
            if (ownsNow(sandbox.accountId()) || acquire(sandbox).acquired()) {
                return true;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                LOG.warn("Sandbox {} is still owned by another instance; the browser session here cannot save to it",
                        sandbox.accountId());
                return false;
            }
            if (now >= nextAsk) {
                bus.publish(RELEASE, sandbox.accountId());
                nextAsk = now + 1_000_000_000L;
            }
            sleep(100);
        }
    }

    /** The fence: this instance still owns {@code accountId} with the epoch it took it at. */
    @Override
    public void check(String accountId) {
        Long epoch = owned.get(accountId);
        if (epoch == null || !rows.holds(accountId, membership.instanceId(), epoch)) {
            owned.remove(accountId);
            throw new IllegalStateException("Sandbox " + accountId + " is owned by another KMS Lab instance now");
        }
    }

    private boolean ownsNow(String accountId) {
        return owned.containsKey(accountId) && membership.trusted();
    }

    private OwnerRows.Outcome acquire(Sandbox sandbox) {
        String accountId = sandbox.accountId();
        synchronized (locks.computeIfAbsent(accountId, a -> new Object())) {
            if (ownsNow(accountId)) {
                return new OwnerRows.Outcome(true, Optional.empty());
            }
            OwnerRows.Outcome outcome = rows.tryAcquire(accountId, membership.instanceId(), membership.lease(),
                    epoch -> {
                        sandboxes.refresh(sandbox);
                        owned.put(accountId, epoch);
                    });
            if (!outcome.acquired()) {
                owned.remove(accountId);
            }
            return outcome;
        }
    }

    /** Another instance's browser session wants a sandbox this instance owns: let go of it. */
    private void onReleaseRequest(String accountId) {
        synchronized (locks.computeIfAbsent(accountId, a -> new Object())) {
            if (owned.remove(accountId) != null) {
                rows.release(accountId, membership.instanceId());
                LOG.info("Handed sandbox {} over to another instance", accountId);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
