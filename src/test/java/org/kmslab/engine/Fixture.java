package org.kmslab.engine;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;

/** A fresh engine on a fixed clock, the account root caller, and a recorder of every event. */
class Fixture {

    static final String ACCOUNT = "111122223333";
    static final String REGION = "us-east-1";
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    final EngineClock clock = EngineClock.fixed(START);
    final KmsEngine kms = new KmsEngine(ACCOUNT, REGION, clock);
    final Caller root = Caller.root(ACCOUNT, CallSource.LESSON);
    final List<EngineEvent> events = new CopyOnWriteArrayList<>();

    Fixture() {
        kms.addListener(events::add);
    }

    String symmetricKey() {
        return kms.createKey(root, CreateKeyRequest.symmetric()).keyMetadata().keyId();
    }

    String key(KeySpec spec, KeyUsage usage) {
        return kms.createKey(root, CreateKeyRequest.of(spec, usage)).keyMetadata().keyId();
    }

    String arn(String keyId) {
        return "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + keyId;
    }

    EngineEvent lastEvent() {
        return events.get(events.size() - 1);
    }
}
