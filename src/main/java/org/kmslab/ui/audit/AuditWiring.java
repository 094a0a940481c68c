package org.kmslab.ui.audit;

import org.kmslab.audit.AuditService;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.springframework.stereotype.Component;

/**
 * Connects the sandboxes that exist at start-up (in local mode: the default sandbox) to the audit log.
 * {@link Sandbox#addListener} hears every Region's engine and survives resets. Lives in {@code ui} only because
 * {@code ui} may reach both {@code sandbox} and {@code audit}. A sandbox made later with
 * {@link SandboxService#create()} must get {@code sandbox.addListener(audit.recorder())} from whoever creates it.
 */
@Component
class AuditWiring {

    AuditWiring(SandboxService sandboxes, AuditService audit) {
        for (Sandbox sandbox : sandboxes.all()) {
            sandbox.addListener(audit.recorder());
        }
    }
}
