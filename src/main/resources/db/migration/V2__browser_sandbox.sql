-- A sandbox per browser outside a class (issue 18), in the sandbox store's range (V1..V9). Portable DDL.
-- A browser holds a random secret token in a cookie; only the token's SHA-256 (hex) is stored, so this table opens
-- no browser's sandbox by itself. A browser that starts a new sandbox has its row pointed at the new account; the
-- old sandbox stays in the sandbox table, untouched.
CREATE TABLE browser_sandbox (
    token_sha256 VARCHAR(64)              NOT NULL PRIMARY KEY,
    account_id   VARCHAR(12)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_browser_sandbox_sandbox FOREIGN KEY (account_id) REFERENCES sandbox (account_id)
);
