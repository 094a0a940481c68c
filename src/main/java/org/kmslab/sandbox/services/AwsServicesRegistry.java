package org.kmslab.sandbox.services;

import java.util.IdentityHashMap;
import java.util.Map;
import org.kmslab.sandbox.Sandbox;
import org.springframework.stereotype.Component;

/**
 * Hands out the one {@link AwsServices} of each sandbox, created on first request. Sandboxes live as long as the
 * {@code SandboxService} that made them, and so do their services.
 */
@Component
public class AwsServicesRegistry {

    private final Map<Sandbox, AwsServices> bySandbox = new IdentityHashMap<>();

    public synchronized AwsServices forSandbox(Sandbox sandbox) {
        return bySandbox.computeIfAbsent(sandbox, AwsServices::of);
    }
}
