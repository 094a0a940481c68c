-- The audit index on the embedded database (org.kmslab.audit.JournaledAuditStore): one row per chunk of records of
-- one account and Region that the indexer wrote together, instead of one audit_event row per record. A row per record
-- cost the indexer an MVStore insert (the table and its index) per engine call; a chunk row costs one per few hundred.
-- data: the chunk's records in the audit journal's record format (org.kmslab.audit.AuditJournal), seq order;
-- facets: the distinct event names, key ARNs, principal ARNs and error codes in it, for the audit view's pickers.
-- audit_event stays: PostgreSQL (and cluster mode) writes it directly, and rows indexed before this migration stay
-- there; reads take both tables. Portable DDL: runs unchanged on H2 and PostgreSQL.
CREATE TABLE audit_chunk (
    first_seq  BIGINT                   NOT NULL PRIMARY KEY,
    last_seq   BIGINT                   NOT NULL,
    account_id VARCHAR(12)              NOT NULL,
    region     VARCHAR(32)              NOT NULL,
    min_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    max_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    records    INTEGER                  NOT NULL,
    data       BYTEA                    NOT NULL,
    facets     BYTEA                    NOT NULL
);

CREATE INDEX ix_audit_chunk_account ON audit_chunk (account_id, region, last_seq);
