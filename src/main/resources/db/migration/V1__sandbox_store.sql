-- Sandbox store (issue 7): sandboxes, their principals and credentials, and each Region's whole engine state.
-- Flyway versions 1-9 belong to the sandbox store. Portable DDL: runs unchanged on H2 and PostgreSQL.
-- Nothing secret is stored in clear: engine_state.state is the engine's export, in which key material is wrapped
-- (AES-256-GCM) under the root key, and secret access keys are wrapped under a key derived from it. The root key
-- itself is never in the database.

-- One row: proves at start-up that the root key is the one this database was written under.
CREATE TABLE store_meta (
    id         INT                      NOT NULL PRIMARY KEY,
    key_check  BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sandbox (
    account_id      VARCHAR(12)              NOT NULL PRIMARY KEY,
    default_region  VARCHAR(32)              NOT NULL,
    clock_offset_ms BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sandbox_principal (
    account_id     VARCHAR(12)   NOT NULL,
    name           VARCHAR(64)   NOT NULL,
    ordinal        INT           NOT NULL,
    arn            VARCHAR(2048) NOT NULL,
    access_key_id  VARCHAR(32)   NOT NULL,
    wrapped_secret BYTEA         NOT NULL,
    PRIMARY KEY (account_id, name),
    CONSTRAINT uq_sandbox_principal_access_key UNIQUE (access_key_id),
    CONSTRAINT fk_sandbox_principal_sandbox FOREIGN KEY (account_id) REFERENCES sandbox (account_id)
);

-- The engine's exportState() of one Region (format KLST), rewritten whole after every change.
CREATE TABLE engine_state (
    account_id VARCHAR(12)              NOT NULL,
    region     VARCHAR(32)              NOT NULL,
    state      BYTEA                    NOT NULL,
    revision   BIGINT                   NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, region),
    CONSTRAINT fk_engine_state_sandbox FOREIGN KEY (account_id) REFERENCES sandbox (account_id)
);
