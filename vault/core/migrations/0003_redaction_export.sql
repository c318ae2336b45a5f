-- 0003: redaction proposals and decisions, attachment review marks, trusted signers,
-- per-item hash salts for exported intake hashes, and imported bundles.

-- A redaction is a record applied only when an export is written; originals never change.
-- Text redactions point into one statement version's body or translation; boxes point
-- into an attachment (page 1 for images).  The matched text stays inside the vault.
CREATE TABLE redactions (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    target_type  TEXT NOT NULL CHECK (target_type IN ('statement', 'attachment')),
    target_id    TEXT NOT NULL,
    version_id   TEXT REFERENCES statement_versions (id),
    field        TEXT CHECK (field IN ('body', 'translation')),
    span_start   INTEGER,
    span_end     INTEGER,
    page         INTEGER,
    box_x        REAL,
    box_y        REAL,
    box_w        REAL,
    box_h        REAL,
    matched_text TEXT,
    kind         TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('identity', 'contact', 'location', 'document',
                                                 'other')),
    replacement  TEXT NOT NULL,
    person_id    TEXT REFERENCES persons (id),
    source       TEXT NOT NULL CHECK (source IN ('detected', 'manual')),
    status       TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected')),
    created_utc  TEXT NOT NULL,
    decided_utc  TEXT,
    CHECK ((target_type = 'statement' AND version_id IS NOT NULL AND span_start IS NOT NULL
            AND span_end > span_start)
        OR (target_type = 'attachment' AND page >= 1 AND box_w > 0 AND box_h > 0))
);
CREATE INDEX redactions_by_target ON redactions (target_type, target_id, status);
CREATE INDEX redactions_by_case ON redactions (case_id, status);

-- A person looked at an attachment "as exported".  The mark covers the boxes that existed
-- then (their digest); adding or changing a box makes the mark stale.
CREATE TABLE attachment_reviews (
    id            TEXT PRIMARY KEY,
    attachment_id TEXT NOT NULL REFERENCES attachments (id),
    boxes_sha256  TEXT NOT NULL,
    operator      TEXT NOT NULL,
    reviewed_utc  TEXT NOT NULL
);
CREATE INDEX attachment_reviews_by_attachment ON attachment_reviews (attachment_id, reviewed_utc);

CREATE TABLE signers (
    fingerprint TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    added_utc   TEXT NOT NULL,
    revoked_utc TEXT
);

-- Exported intake hashes of protected items are SHA-256(salt || original); the salt stays
-- here, to be disclosed to a court on request.
CREATE TABLE hash_salts (
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    salt        BLOB NOT NULL,
    PRIMARY KEY (object_type, object_id)
);

CREATE TABLE imports (
    id                 TEXT PRIMARY KEY,
    bundle_id          TEXT NOT NULL,
    case_id            TEXT NOT NULL REFERENCES cases (id),
    profile            TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL,
    signer_status      TEXT NOT NULL,
    imported_utc       TEXT NOT NULL
);
CREATE INDEX imports_by_bundle ON imports (bundle_id);
