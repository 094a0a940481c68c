package org.kmslab.ui.audit;

import org.kmslab.audit.AuditService;
import org.kmslab.sandbox.SandboxService;
import org.springframework.stereotype.Component;

/**
 * Connects every sandbox's engine events, present and future, to the audit log. Lives in {@code ui} because
 * {@code ui} is the package allowed to reach both {@code sandbox} and {@code audit}.
 */
@Component
class AuditWiring {

    AuditWiring(SandboxService sandboxes, AuditService audit) {
        sandboxes.addEventListener(audit.recorder());
    }
}
