package org.kmslab.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.KmsEngine;

/**
 * One learner's AWS-like account: a KMS engine per region, created on first use, all sharing one clock so that a
 * fast-forward moves the whole account through time.
 */
public final class Sandbox {

    private final String accountId;
    private final String defaultRegion;
    private final EngineClock clock;
    private final Map<String, KmsEngine> engines = new ConcurrentHashMap<>();

    Sandbox(String accountId, String defaultRegion, EngineClock clock) {
        this.accountId = accountId;
        this.defaultRegion = defaultRegion;
        this.clock = clock;
    }

    public String accountId() {
        return accountId;
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    public EngineClock clock() {
        return clock;
    }

    public KmsEngine engine(String region) {
        return engines.computeIfAbsent(region, r -> new KmsEngine(accountId, r, clock));
    }

    public KmsEngine engine() {
        return engine(defaultRegion);
    }

    /** The account's administrator, as the browser workbench calls the engine. */
    public Caller administrator(CallSource source) {
        return Caller.root(accountId, source);
    }
}
