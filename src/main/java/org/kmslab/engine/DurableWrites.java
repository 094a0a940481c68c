package org.kmslab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes that listeners start while an engine call runs and that must be durable before the call returns, but that
 * are better awaited after the engine's lock is released: the audit log's group commit waits there, so that the calls
 * queued behind the lock can join the same database transaction.
 *
 * <p>Contract: a listener that calls {@link #defer} during an engine call on this thread is guaranteed that the
 * engine awaits the write before the call returns or throws, after releasing its lock. When {@code defer} returns
 * false no engine call is running on this thread, and the listener must wait itself. Nested engine calls (a listener
 * calling an engine) are awaited when the outermost call ends.
 */
public final class DurableWrites {

    /** A write in flight. */
    @FunctionalInterface
    public interface Pending {
        /** Returns once the write is durable, or has failed and its owner has reported it; never interrupted. */
        void await();
    }

    private static final ThreadLocal<List<Pending>> PENDING = new ThreadLocal<>();
    private static final AtomicInteger RUNNING = new AtomicInteger();

    private DurableWrites() {
    }

    /** Has the engine call running on this thread await {@code write} before it returns; false when there is none. */
    public static boolean defer(Pending write) {
        List<Pending> pending = PENDING.get();
        if (pending == null) {
            return false;
        }
        if (pending.isEmpty() || pending.get(pending.size() - 1) != write) {
            pending.add(write);
        }
        return true;
    }

    /**
     * How many outermost engine calls, on all threads, have started and not yet begun to await their writes: the
     * callers that may still join a write that is about to start (a group commit's "siblings").
     */
    public static int callsRunning() {
        return RUNNING.get();
    }

    /** Starts collecting this thread's deferred writes; true when this is the outermost engine call on the thread. */
    static boolean open() {
        if (PENDING.get() != null) {
            return false;
        }
        PENDING.set(new ArrayList<>(2));
        RUNNING.incrementAndGet();
        return true;
    }

    /** Awaits every write deferred since {@link #open()} returned true; call it once, after the engine's lock. */
    static void awaitAll() {
        List<Pending> pending = PENDING.get();
        PENDING.remove();
        RUNNING.decrementAndGet();
        if (pending != null) {
            for (Pending write : pending) {
                write.await();
            }
        }
    }
}
