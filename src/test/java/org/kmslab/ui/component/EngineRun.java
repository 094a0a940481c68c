package org.kmslab.ui.component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.KeyMetadata;

/** A fresh engine on a fixed clock with its events recorded: the wrappers are tested on real calls. */
final class EngineRun {

    static final String SECRET = "Launch codes: 0000";

    final KmsEngine kms;
    final Caller root = Caller.root("111122223333", CallSource.LESSON);
    final List<EngineEvent> events = new ArrayList<>();

    EngineRun() {
        this(Instant.parse("2025-01-01T00:00:00Z"));
    }

    /** An engine whose clock stands still at {@code now}. */
    EngineRun(Instant now) {
        kms = new KmsEngine("111122223333", "us-east-1", EngineClock.fixed(now));
        kms.addListener(events::add);
    }

    KeyMetadata createKey() {
        return kms.createKey(root, CreateKeyRequest.symmetric().withDescription("gallery key")).keyMetadata();
    }

    static byte[] secret() {
        return SECRET.getBytes(StandardCharsets.UTF_8);
    }

    EngineEvent last() {
        return events.get(events.size() - 1);
    }
}
