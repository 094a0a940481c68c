package org.kmslab.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * A sandbox per browser outside a class, in local mode: the browser shows a secret token (a cookie, see
 * {@code org.kmslab.ui.BrowserToken}), and its SHA-256 finds the sandbox in the {@link BrowserSandboxStore}.
 *
 * <p>The first browser ever seen gets the default sandbox, the one that requests signed with credentials nobody
 * issued reach over the wire, so one learner on their own machine needs no AWS CLI set-up; every later browser gets a
 * fresh sandbox of its own. A browser that starts a new sandbox keeps its old one on the server: nothing is deleted,
 * and the old sandbox's credentials still reach it over the wire.
 */
@Service
public class BrowserSandboxes {

    private final SandboxService sandboxes;
    private final BrowserSandboxStore store;

    @Autowired
    public BrowserSandboxes(SandboxService sandboxes, ObjectProvider<BrowserSandboxStore> store) {
        this(sandboxes, store.getIfAvailable(BrowserSandboxStore::inMemory));
    }

    public BrowserSandboxes(SandboxService sandboxes, BrowserSandboxStore store) {
        this.sandboxes = sandboxes;
        this.store = store;
    }

    /** The sandbox of the browser holding {@code token}; a browser seen for the first time is given one now. */
    public Sandbox of(String token) {
        String hash = hash(token);
        return known(hash).orElseGet(() -> assign(hash));
    }

    /**
     * Gives the browser holding {@code token} a fresh, empty sandbox from now on. Its previous sandbox stays saved
     * as it was (keys, clock, audit), reachable with that sandbox's own credentials.
     */
    public synchronized Sandbox startNew(String token) {
        Sandbox fresh = sandboxes.create();
        store.put(hash(token), fresh.accountId());
        return fresh;
    }

    /** True when {@code sandbox} is the default sandbox, the one unknown credentials reach in local mode. */
    public boolean isDefault(Sandbox sandbox) {
        return sandbox == sandboxes.defaultSandbox();
    }

    private Optional<Sandbox> known(String hash) {
        return store.accountOf(hash).flatMap(sandboxes::find);
    }

    private synchronized Sandbox assign(String hash) {
        Optional<Sandbox> raced = known(hash);
        if (raced.isPresent()) {
            return raced.get();
        }
        Sandbox sandbox = store.isEmpty() ? sandboxes.defaultSandbox() : sandboxes.create();
        store.put(hash, sandbox.accountId());
        return sandbox;
    }

    /** The token's SHA-256 in hex: what the store keeps, so a copy of the database opens no browser's sandbox. */
    static String hash(String token) {
        Objects.requireNonNull(token, "token");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
