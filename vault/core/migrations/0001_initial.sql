-- 0001: vault settings, state, the custody log, cases and attachments.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row: the custody head before the last committed transaction, so that on open a
-- header one transaction behind (a crash between commit and header rewrite) is repaired,
-- and anything else out of step is refused.
CREATE TABLE vault_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    txn_base INTEGER NOT NULL
);
INSERT INTO vault_state (id, txn_base) VALUES (1, 0);

CREATE TABLE custody (
    seq         INTEGER PRIMARY KEY,
    utc         TEXT NOT NULL,
    operator    TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    details     TEXT NOT NULL,
    row_hash    BLOB NOT NULL,
    mac         BLOB NOT NULL
);
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody
BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody
BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END;

CREATE TABLE cases (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    created_utc TEXT NOT NULL
);

CREATE TABLE attachments (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    statement_id TEXT,
    name         TEXT NOT NULL,
    media_type   TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    hash_salt    BLOB NOT NULL,
    wrapped_key  BLOB NOT NULL,
    chunk_size   INTEGER NOT NULL,
    created_utc  TEXT NOT NULL
);
CREATE INDEX attachments_by_case ON attachments (case_id);
-- Originals are immutable: what was hashed at intake is what stays.
CREATE TRIGGER attachments_original_immutable
BEFORE UPDATE OF id, case_id, size, sha256, hash_salt, wrapped_key, chunk_size, created_utc
ON attachments
BEGIN
    SELECT RAISE(ABORT, 'attachment originals are immutable');
END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'attachment originals are never deleted');
END;
