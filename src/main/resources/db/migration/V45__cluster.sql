-- Cluster mode (issue 17): several KMS Lab instances on one PostgreSQL. Portable DDL, created on H2 too, where it
-- stays empty (single-instance mode never uses it). See docs/operations.md, "Several instances".

-- One row per running instance: where the others forward wire calls to, and its heartbeat. An instance whose
-- heartbeat is older than the lease (kmslab.cluster.lease) is dead: its sandboxes may be taken over.
CREATE TABLE cluster_instance (
    instance_id  VARCHAR(64)              NOT NULL PRIMARY KEY,
    internal_url VARCHAR(512)             NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which instance holds a sandbox's engines now. epoch grows by one at every change of owner; every save of the
-- sandbox checks, in its own transaction, that the row still names this instance with the epoch it acquired (a
-- fencing token), so an instance that lost the sandbox can never overwrite the new owner's state.
CREATE TABLE sandbox_owner (
    account_id  VARCHAR(12)              NOT NULL PRIMARY KEY,
    instance_id VARCHAR(64)              NOT NULL,
    epoch       BIGINT                   NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_sandbox_owner_sandbox FOREIGN KEY (account_id) REFERENCES sandbox (account_id)
);

-- The live class as a log of what happened (started, moved to a step, joined, answered...), in order. Every
-- instance applies the log to its own copy of the class, and PostgreSQL's NOTIFY tells them a new entry is there.
CREATE TABLE class_log (
    seq        BIGINT                   NOT NULL PRIMARY KEY,
    entry      VARCHAR(16000)           NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
