package org.kmslab.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.Optional;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxMode;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.sandbox.cluster.SandboxOwnership;
import org.kmslab.ui.classroom.FollowBanner;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Which sandbox this browser session works in, for every view that shows or changes one (lessons, the sandbox, the
 * audit log, the metrics). In a live class: the learner's own sandbox, handed out by the classroom. Otherwise, in
 * local mode (one learner on their own machine): the default sandbox, which the AWS CLI over the wire also reaches.
 * In strict mode (a shared server): a sandbox of this session's own, made on first use and kept for the session.
 */
@SpringComponent
@VaadinSessionScope
public class LearnerSandbox {

    private final SandboxService sandboxes;
    private final ObjectProvider<FollowBanner> banners;
    private final ObjectProvider<SandboxOwnership> ownership;
    private Sandbox own;

    LearnerSandbox(SandboxService sandboxes, ObjectProvider<FollowBanner> banners,
            ObjectProvider<SandboxOwnership> ownership) {
        this.sandboxes = sandboxes;
        this.banners = banners;
        this.ownership = ownership;
    }

    /**
     * The sandbox of this session now (a learner who joins a class moves to the class's sandbox for them). In
     * cluster mode this instance owns it from here on: the views call its engines in this process.
     */
    public synchronized Sandbox current() {
        Sandbox sandbox = choose();
        SandboxOwnership cluster = ownership.getIfAvailable();
        if (cluster != null) {
            cluster.claim(sandbox);
        }
        return sandbox;
    }

    private Sandbox choose() {
        Optional<Sandbox> inClass = banners.getObject().learnerSandbox();
        if (inClass.isPresent()) {
            return inClass.get();
        }
        if (sandboxes.mode() == SandboxMode.LOCAL) {
            return sandboxes.defaultSandbox();
        }
        if (own == null) {
            own = sandboxes.create();
        }
        return own;
    }
}
