package org.kmslab.ui.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.KmsException;

/**
 * A fresh KMS engine for one gallery page, its account root caller and the record of every event it published.
 * {@link #run} makes one call and returns the event of that call, success or refusal.
 */
final class GalleryEngine {

    static final String ACCOUNT = "111122223333";

    private final KmsEngine kms = new KmsEngine(ACCOUNT, "us-east-1", EngineClock.system());
    private final Caller root = Caller.root(ACCOUNT, CallSource.CONSOLE);
    private final List<EngineEvent> events = new ArrayList<>();
    private final List<Consumer<EngineEvent>> listeners = new ArrayList<>();

    GalleryEngine() {
        kms.addListener(e -> {
            events.add(e);
            listeners.forEach(l -> l.accept(e));
        });
    }

    KmsEngine kms() {
        return kms;
    }

    Caller root() {
        return root;
    }

    void addListener(Consumer<EngineEvent> listener) {
        listeners.add(listener);
    }

    /** A call and its outcome: the event of the call, and the refusal if KMS refused it. */
    record Outcome(EngineEvent event, KmsException refusal) {

        boolean ok() {
            return refusal == null;
        }
    }

    /** Runs one engine call; its event is the first new event named {@code operation} (service events may precede it). */
    Outcome run(String operation, Runnable call) {
        int before = events.size();
        KmsException refusal = null;
        try {
            call.run();
        } catch (KmsException e) {
            refusal = e;
        }
        List<EngineEvent> fresh = events.subList(before, events.size());
        EngineEvent event = fresh.stream().filter(e -> e.eventName().equals(operation)).findFirst()
                .orElse(fresh.isEmpty() ? null : fresh.get(fresh.size() - 1));
        return new Outcome(event, refusal);
    }
}
