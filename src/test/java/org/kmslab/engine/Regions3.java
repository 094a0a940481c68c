package org.kmslab.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/** One account in three Regions (us-east-1, eu-west-1, ap-southeast-2) on one fixed clock, recording every event. */
final class Regions3 implements RegionPeers {

    static final String US = "us-east-1";
    static final String EU = "eu-west-1";
    static final String AP = "ap-southeast-2";

    final EngineClock clock = EngineClock.fixed(Fixture.START);
    final Caller root = Caller.root(Fixture.ACCOUNT, CallSource.LESSON);
    final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, KmsEngine> engines = new LinkedHashMap<>();

    Regions3() {
        for (String r : List.of(US, EU, AP)) {
            KmsEngine e = new KmsEngine(Fixture.ACCOUNT, r, clock, IamPolicyProvider.allowAll(), this);
            e.addListener(events::add);
            engines.put(r, e);
        }
    }

    KmsEngine in(String region) {
        return engines.get(region);
    }

    @Override
    public Optional<KmsEngine> engine(String region) {
        return Optional.ofNullable(engines.get(region));
    }

    @Override
    public ReentrantLock lock() {
        return lock;
    }

    static String arn(String region, String keyId) {
        return "arn:aws:kms:" + region + ":" + Fixture.ACCOUNT + ":key/" + keyId;
    }

    List<String> eventsIn(String region) {
        return events.stream().filter(e -> e.region().equals(region)).map(EngineEvent::eventName).toList();
    }
}
