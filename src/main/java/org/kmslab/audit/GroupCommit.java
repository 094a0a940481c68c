package org.kmslab.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.kmslab.engine.DurableWrites;

/**
 * Group commit of audit records: the records of every call that arrives while one database transaction is being
 * written go together into the next one, so that a burst of N calls costs one transaction and one flush, not N.
 *
 * <p>No thread of its own (leader and followers): a caller that {@linkplain Batch#await() awaits} its batch while no
 * write is in progress writes the open batch itself, its own record and everyone else's that joined; the others wait
 * for that batch to be written. Contract: {@code await} returns only after {@code write} has returned for the batch
 * holding the caller's record, so each caller is answered once its own record is durable. Batches are written one at
 * a time in the order records were added, and {@code write} is never called concurrently. Before writing, a leader
 * briefly lets the calls still running join ({@link #gather}).
 */
final class GroupCommit {

    static final long STEP_NANOS = 100_000;
    static final long MAX_DELAY_NANOS = 1_000_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Consumer<List<AuditEntry>> write;
    private Batch open = new Batch();
    private boolean writing;

    /** {@code write} stores a batch durably and never throws (it reports its own failures). */
    GroupCommit(Consumer<List<AuditEntry>> write) {
        this.write = write;
    }

    /** Adds {@code entry} to the open batch; durable once the returned batch's {@code await()} returns. */
    Batch add(AuditEntry entry) {
        lock.lock();
        try {
            open.entries.add(entry);
            return open;
        } finally {
            lock.unlock();
        }
    }

    private void await(Batch batch) {
        lock.lock();
        try {
            while (!batch.done) {
                if (!writing && batch == open) {
                    lead(batch);
                } else {
                    batch.written.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called holding the lock; gathers and writes {@code batch} without it, then wakes its waiters and the next
     * leader.
     */
    private void lead(Batch batch) {
        writing = true;
        lock.unlock();
        try {
            gather(batch);
            lock.lock();
            try {
                open = new Batch();
            } finally {
                lock.unlock();
            }
            write.accept(batch.entries);
        } finally {
            lock.lock();
            writing = false;
            batch.done = true;
            batch.written.signalAll();
            open.written.signal();
        }
    }

    /**
     * The commit delay (PostgreSQL's {@code commit_delay} with {@code commit_siblings}): while other engine calls are
     * running, and so about to add their records, the leader waits in steps of {@link #STEP_NANOS}, as long as each
     * step brought new records and at most {@link #MAX_DELAY_NANOS}. A lone caller never waits. Waiting costs no CPU;
     * each record that joins saves a transaction's fixed cost, and on a saturated server the latency is set by the
     * queue in front of it anyway.
     */
    private void gather(Batch batch) {
        long deadline = System.nanoTime() + MAX_DELAY_NANOS;
        int size = size(batch);
        while (DurableWrites.callsRunning() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(STEP_NANOS);
            int now = size(batch);
            if (now == size) {
                return;
            }
            size = now;
        }
    }

    private int size(Batch batch) {
        lock.lock();
        try {
            return batch.entries.size();
        } finally {
            lock.unlock();
        }
    }

    /** The records that go into one transaction. */
    final class Batch implements DurableWrites.Pending {
        private final List<AuditEntry> entries = new ArrayList<>();
        private final Condition written = lock.newCondition();
        private boolean done;

        @Override
        public void await() {
            GroupCommit.this.await(this);
        }
    }
}
