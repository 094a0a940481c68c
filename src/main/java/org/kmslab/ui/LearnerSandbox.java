package org.kmslab.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.Optional;
import org.kmslab.sandbox.BrowserSandboxes;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxMode;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.sandbox.cluster.SandboxOwnership;
import org.kmslab.ui.classroom.FollowBanner;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Which sandbox this browser session works in, for every view that shows or changes one (lessons, the sandbox, the
 * audit log, the metrics, the connect page). In a live class: the learner's own sandbox, handed out by the classroom.
 * Otherwise, in local mode: this browser's own sandbox ({@link BrowserSandboxes}, found by the {@link BrowserToken}
 * cookie; the first browser gets the default sandbox, the one the AWS CLI reaches with credentials nobody issued).
 * In strict mode (a shared server), or for a browser that keeps no cookies: a sandbox of this session's own, made on
 * first use and kept for the session.
 */
@SpringComponent
@VaadinSessionScope
public class LearnerSandbox {

    private final SandboxService sandboxes;
    private final BrowserSandboxes browsers;
    private final ObjectProvider<FollowBanner> banners;
    private final ObjectProvider<SandboxOwnership> ownership;
    private Sandbox own;

    LearnerSandbox(SandboxService sandboxes, BrowserSandboxes browsers, ObjectProvider<FollowBanner> banners,
            ObjectProvider<SandboxOwnership> ownership) {
        this.sandboxes = sandboxes;
        this.browsers = browsers;
        this.banners = banners;
        this.ownership = ownership;
    }

    /**
     * The sandbox of this session now (a learner who joins a class moves to the class's sandbox for them). In
     * cluster mode this instance owns it from here on: the views call its engines in this process.
     */
    public synchronized Sandbox current() {
        return claimed(choose());
    }

    /** True when this browser may start a fresh sandbox of its own: local mode, outside a class, with a cookie. */
    public boolean canStartNew() {
        return banners.getObject().learnerSandbox().isEmpty() && browserToken().isPresent();
    }

    /**
     * Moves this browser to a fresh, empty sandbox (see {@link BrowserSandboxes#startNew}: the previous one is kept
     * on the server, reachable with its own credentials); every tab of this browser uses it from its next page.
     *
     * @throws IllegalStateException when {@link #canStartNew()} is false
     */
    public synchronized Sandbox startNew() {
        if (!canStartNew()) {
            throw new IllegalStateException("Only a browser outside a class, in local mode, starts a new sandbox");
        }
        return claimed(browsers.startNew(browserToken().orElseThrow()));
    }

    /** True when {@code sandbox} is the one requests signed with credentials nobody issued reach (local mode). */
    public boolean isDefault(Sandbox sandbox) {
        return sandboxes.mode() == SandboxMode.LOCAL && browsers.isDefault(sandbox);
    }

    private Sandbox choose() {
        Optional<Sandbox> inClass = banners.getObject().learnerSandbox();
        if (inClass.isPresent()) {
            return inClass.get();
        }
        Optional<String> token = browserToken();
        if (token.isPresent()) {
            return browsers.of(token.get());
        }
        if (own == null) {
            own = sandboxes.create();
        }
        return own;
    }

    /** This browser's token in local mode; strict mode keeps its sandbox per session. */
    private Optional<String> browserToken() {
        return sandboxes.mode() == SandboxMode.LOCAL ? BrowserToken.current() : Optional.empty();
    }

    private Sandbox claimed(Sandbox sandbox) {
        SandboxOwnership cluster = ownership.getIfAvailable();
        if (cluster != null) {
            cluster.claim(sandbox);
        }
        return sandbox;
    }
}
