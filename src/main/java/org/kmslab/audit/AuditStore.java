package org.kmslab.audit;

import java.util.List;

/**
 * Where the group commit puts audit records, and what readers of the audit tables wait on: the journal with the
 * {@code audit_chunk} table as its index on the embedded database ({@link JournaledAuditStore}), or the
 * {@code audit_event} table alone on PostgreSQL ({@link DirectAuditStore}). Chosen by {@code kmslab.audit.journal.enabled} ({@link AuditStorage}).
 */
interface AuditStore extends AutoCloseable {

    /**
     * Stores {@code batch} durably and in order, and returns the records as stored (with their seq where the store
     * assigns it). Never throws: each record it could not store is logged as lost. Never called concurrently.
     */
    List<AuditEntry> write(List<AuditEntry> batch);

    /** Returns once every record that {@link #write} has returned is visible to the table's queries. */
    void awaitReadable();

    @Override
    void close();
}
