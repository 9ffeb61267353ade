-- Accounts, roles per jurisdiction, API tokens, web sessions and the append-only audit log (web issue).
-- Portable SQL: TEXT ids derived from content, no AUTOINCREMENT, no SQLite-only types.
CREATE TABLE accounts (
    name          TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,          -- viewer | editor | admin
    jurisdiction  TEXT NOT NULL,          -- 广州市海珠区, or * for every place
    created_at    TEXT NOT NULL,
    revoked_at    TEXT
);

CREATE TABLE tokens (
    id           TEXT PRIMARY KEY,        -- first 16 hex digits of the secret's sha256
    secret_hash  TEXT NOT NULL UNIQUE,    -- sha256 of the secret; the secret itself is never stored
    account      TEXT NOT NULL REFERENCES accounts(name),
    label        TEXT NOT NULL,
    role         TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    revoked_at   TEXT
);
CREATE INDEX tokens_account ON tokens(account);

CREATE TABLE web_sessions (
    id          TEXT PRIMARY KEY,         -- sha256 of the cookie value
    account     TEXT NOT NULL REFERENCES accounts(name),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

CREATE TABLE audit (
    seq        BIGINT PRIMARY KEY,        -- 1, 2, 3 … in the order of the changes
    id         TEXT NOT NULL UNIQUE,      -- sha256 over the previous id and this entry: a hash chain
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,             -- document.upload, observation.add, token.create …
    target     TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    old_value  TEXT,                      -- JSON, or null
    new_value  TEXT                       -- JSON, or null
);

CREATE TABLE web_secrets (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
