-- The audit log is written on every engine call (group-committed, see org.kmslab.audit.GroupCommit), so each index is
-- paid for on the hot path: measured on H2, the five secondary indexes and the unique event id made an insert cost
-- 86 us of CPU per row in batches of 32, against 38 us with only the account/Region/time index (docs/benchmarks.md).
-- Reads are per account and at most a page (ORDER BY seq DESC LIMIT n): they filter the account's rows through the
-- one index left. Event ids are random version-4 UUIDs drawn per event, unique by construction, so the unique
-- constraint (a random-order B-tree, the most expensive of all to keep) checked nothing the engine does not already
-- guarantee.
ALTER TABLE audit_event DROP CONSTRAINT uq_audit_event_id;
DROP INDEX ix_audit_event_account_name;
DROP INDEX ix_audit_event_account_key;
DROP INDEX ix_audit_event_account_principal;
DROP INDEX ix_audit_event_account_error;
