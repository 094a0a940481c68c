package org.kmslab.sandbox;

import org.kmslab.engine.EngineClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Hands out sandboxes. In local mode (the default) every learner on this machine shares the default sandbox, whose
 * account id is {@code kmslab.account-id}.
 */
@Service
public class SandboxService {

    private final Sandbox defaultSandbox;

    public SandboxService(@Value("${kmslab.account-id:111122223333}") String accountId,
                          @Value("${kmslab.region:us-east-1}") String region) {
        this.defaultSandbox = new Sandbox(accountId, region, EngineClock.system());
    }

    public Sandbox defaultSandbox() {
        return defaultSandbox;
    }
}
