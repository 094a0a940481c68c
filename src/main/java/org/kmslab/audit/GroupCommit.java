package org.kmslab.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
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
 * a time in the order records were added, and {@code write} is never called concurrently.
 */
final class GroupCommit {

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

    /** Called holding the lock; writes {@code batch} without it, then wakes its waiters and the next leader. */
    private void lead(Batch batch) {
        writing = true;
        open = new Batch();
        lock.unlock();
        try {
            write.accept(batch.entries);
        } finally {
            lock.lock();
            writing = false;
            batch.done = true;
            batch.written.signalAll();
            open.written.signal();
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
