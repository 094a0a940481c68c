package org.kmslab.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log on the embedded database: the {@link AuditJournal} is the durable write (one append per group
 * commit, a few microseconds per record), and the {@code audit_chunk} table is its index for queries, filled by a
 * background thread, the indexer, in transactions of up to {@link #MAX_BATCH} records, one row per run of records of
 * one account and Region ({@link AuditRepository#insertChunks}), not one per record.
 *
 * <p>Contracts. {@link #write} returns once the batch is in the journal, numbered with the seq the table will hold.
 * Read-your-writes: {@link #awaitReadable} returns once the table holds every record written before it was called
 * (it has the indexer start at once rather than gather a larger batch), so a call's record is visible to every read
 * that starts after the call returned, and to the subscribers told of it. Crash recovery: {@link #open} indexes the
 * journal's records that the table lacks before it returns, so before the application serves. A segment is removed
 * once every record in it is indexed.
 */
final class JournaledAuditStore implements AuditStore {

    private static final Logger LOG = LoggerFactory.getLogger(JournaledAuditStore.class);
    /** Records per indexer transaction at most. */
    static final int MAX_BATCH = 2_000;
    /** How long the indexer lets a batch grow while no reader waits: larger transactions cost less per row. */
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long SEGMENT_BYTES = 16L << 20;

    private final AuditJournal journal;
    private final AuditRepository repository;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition indexedUp = lock.newCondition();
    private final ArrayDeque<AuditEntry> pending = new ArrayDeque<>();
    private final Thread indexer;
    private long journaledSeq;
    private long indexedSeq;
    private long wantedSeq;
    private boolean stopping;

    private JournaledAuditStore(AuditJournal journal, AuditRepository repository, long seq) {
        this.journal = journal;
        this.repository = repository;
        this.journaledSeq = seq;
        this.indexedSeq = seq;
        this.indexer = Thread.ofPlatform().name("audit-indexer").daemon().unstarted(this::index);
        indexer.start();
    }

    /** Takes the journal folder {@code dir}, indexes what a previous run left unindexed, and starts the indexer. */
    static JournaledAuditStore open(Path dir, boolean fsync, AuditRepository repository) {
        AuditJournal.Recovery recovery = AuditJournal.open(dir, fsync, SEGMENT_BYTES);
        long indexed = repository.maxSeq();
        List<AuditEntry> tail = recovery.records().stream().filter(e -> e.seq() > indexed).toList();
        for (int i = 0; i < tail.size(); i += MAX_BATCH) {
            repository.insertChunks(tail.subList(i, Math.min(tail.size(), i + MAX_BATCH)));
        }
        if (!tail.isEmpty()) {
            LOG.info("Indexed {} audit records from the journal {} that the last run had not indexed", tail.size(),
                    dir.toAbsolutePath());
        }
        AuditJournal journal = recovery.resume(indexed);
        long last = tail.isEmpty() ? indexed : Math.max(indexed, tail.get(tail.size() - 1).seq());
        return new JournaledAuditStore(journal, repository, last);
    }

    @Override
    public List<AuditEntry> write(List<AuditEntry> batch) {
        List<AuditEntry> numbered;
        try {
            numbered = journal.append(batch);
        } catch (IOException | RuntimeException e) {
            for (AuditEntry entry : batch) {
                LOG.error("Could not record audit event {} ({})", entry.eventId(), entry.eventName(), e);
            }
            return List.of();
        }
        lock.lock();
        try {
            boolean wasEmpty = pending.isEmpty();
            pending.addAll(numbered);
            journaledSeq = numbered.get(numbered.size() - 1).seq();
            if (wasEmpty || pending.size() >= MAX_BATCH) {
                work.signal();
            }
        } finally {
            lock.unlock();
        }
        return numbered;
    }

    @Override
    public void awaitReadable() {
        lock.lock();
        try {
            long target = journaledSeq;
            while (indexedSeq < target && indexer.isAlive()) {
                wantedSeq = Math.max(wantedSeq, target);
                work.signal();
                // A bound on the wait only guards against an indexer that died; it is no timing assumption.
                indexedUp.awaitNanos(TimeUnit.SECONDS.toNanos(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Indexes what is left, stops the indexer and closes the journal, removing its segments; the table's own
     * numbering then continues above the journal's, so the direct store can take over after a clean stop.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            stopping = true;
            work.signal();
        } finally {
            lock.unlock();
        }
        try {
            indexer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
        boolean allIndexed;
        lock.lock();
        try {
            allIndexed = pending.isEmpty();
        } finally {
            lock.unlock();
        }
        if (allIndexed) {
            journal.removeThrough(indexedSeq);
            try {
                repository.continueSeqAboveStored();
            } catch (RuntimeException e) {
                LOG.warn("Could not move the audit table's own numbering above seq {}; a start without the journal "
                        + "would collide with the journal's rows", indexedSeq, e);
            }
        }
    }

    /** The indexer thread: takes what is pending, in order, and inserts it, until stopped with nothing pending. */
    private void index() {
        while (true) {
            List<AuditEntry> batch = take();
            if (batch == null) {
                return;
            }
            repository.insertChunks(batch);
            long last = batch.get(batch.size() - 1).seq();
            lock.lock();
            try {
                indexedSeq = last;
                indexedUp.signalAll();
            } finally {
                lock.unlock();
            }
            journal.removeThrough(last);
        }
    }

    /** The next batch to index, or null when stopping with nothing pending. */
    private List<AuditEntry> take() {
        lock.lock();
        try {
            while (pending.isEmpty()) {
                if (stopping) {
                    return null;
                }
                work.awaitUninterruptibly();
            }
            if (!stopping && wantedSeq <= indexedSeq && pending.size() < MAX_BATCH) {
                work.awaitNanos(GATHER_NANOS);
            }
            List<AuditEntry> batch = new ArrayList<>(Math.min(pending.size(), MAX_BATCH));
            while (!pending.isEmpty() && batch.size() < MAX_BATCH) {
                batch.add(pending.poll());
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            List<AuditEntry> batch = new ArrayList<>(pending);
            pending.clear();
            return batch;
        } finally {
            lock.unlock();
        }
    }
}
