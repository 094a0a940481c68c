package org.kmslab.ui.audit;

import org.kmslab.audit.AuditService;
import org.kmslab.sandbox.SandboxService;
import org.springframework.stereotype.Component;

/**
 * Connects the default sandbox's engine to the audit log. Lives in {@code ui} only because {@code ui} may reach
 * both {@code sandbox} and {@code audit}; when sandboxes become per learner, whatever creates an engine registers
 * {@link AuditService#recorder()} on it instead, and this class goes away.
 */
@Component
class AuditWiring {

    AuditWiring(SandboxService sandboxes, AuditService audit) {
        sandboxes.defaultSandbox().engine().addListener(audit.recorder());
    }
}
