-- The current schema in one piece: what applying every migration from zero must equal.
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
    created_utc TEXT NOT NULL,
    regions     TEXT NOT NULL DEFAULT ''  -- from 0006: ISO 3166 codes, comma-separated
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
    created_utc  TEXT NOT NULL,
    sha512       TEXT,  -- from 0005; NULL for attachments taken in before it
    code         TEXT   -- from 0009: A-001, per case, never reused
);
CREATE INDEX attachments_by_case ON attachments (case_id);
-- Originals are immutable: what was hashed at intake is what stays.
CREATE TRIGGER attachments_original_immutable
BEFORE UPDATE OF id, case_id, size, sha256, sha512, hash_salt, wrapped_key, chunk_size,
    created_utc
ON attachments
BEGIN
    SELECT RAISE(ABORT, 'attachment originals are immutable');
END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'attachment originals are never deleted');
END;

-- Case records (0002).

-- Pseudonym codes are never derived from a count: a deleted person's code stays used.
CREATE TABLE code_counters (
    case_id TEXT NOT NULL REFERENCES cases (id),
    prefix  TEXT NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (case_id, prefix)
);

CREATE TABLE persons (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    born           TEXT,
    born_precision TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    created_utc    TEXT NOT NULL,
    UNIQUE (case_id, code)
);
CREATE INDEX persons_by_case ON persons (case_id, created_utc);
CREATE TRIGGER persons_code_fixed BEFORE UPDATE OF id, case_id, code ON persons
BEGIN
    SELECT RAISE(ABORT, 'a person''s code and case never change');
END;

CREATE TABLE person_aliases (
    person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE person_roles (
    person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('witness', 'victim', 'perpetrator', 'interviewer',
                                            'interpreter', 'other')),
    position  INTEGER NOT NULL,
    added_utc TEXT NOT NULL,
    PRIMARY KEY (person_id, role)
);

-- Consent is history: each decision (and each withdrawal) is a new row; the highest
-- number is the current one.  Rows never change.
CREATE TABLE consents (
    id                TEXT PRIMARY KEY,
    person_id         TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    number            INTEGER NOT NULL,
    share             TEXT NOT NULL,
    anonymity         TEXT NOT NULL CHECK (anonymity IN ('required', 'waived')),
    recontact         INTEGER NOT NULL CHECK (recontact IN (0, 1)),
    withdrawn         INTEGER NOT NULL CHECK (withdrawn IN (0, 1)),
    given_date        TEXT NOT NULL,
    given_precision   TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    recorded_by       TEXT NOT NULL,
    recorded_utc      TEXT NOT NULL,
    UNIQUE (person_id, number)
);
CREATE TRIGGER consents_immutable BEFORE UPDATE ON consents
BEGIN
    SELECT RAISE(ABORT, 'consent records are history: record a new one instead');
END;

CREATE TABLE facilities (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL
);
CREATE INDEX facilities_by_case ON facilities (case_id, created_utc);

CREATE TABLE facility_aliases (
    facility_id TEXT NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    alias       TEXT NOT NULL,
    PRIMARY KEY (facility_id, position)
);

CREATE TABLE statements (
    id                       TEXT PRIMARY KEY,
    case_id                  TEXT NOT NULL REFERENCES cases (id),
    witness_id               TEXT NOT NULL REFERENCES persons (id),
    interviewer_id           TEXT REFERENCES persons (id),
    interpreter_id           TEXT REFERENCES persons (id),
    interview_date           TEXT,
    interview_date_precision TEXT,
    place                    TEXT,
    language                 TEXT,
    kind                     TEXT NOT NULL CHECK (kind IN ('first-account', 'formal', 'sworn')),
    translation_language     TEXT,
    current_version_id       TEXT REFERENCES statement_versions (id),
    created_utc              TEXT NOT NULL,
    code                     TEXT  -- from 0009: S-001, per case, never reused
);
-- One page of the statement list in either order comes straight from an index.
CREATE INDEX statements_by_case ON statements (case_id, created_utc, id);
CREATE INDEX statements_by_created ON statements (created_utc, id);
CREATE INDEX statements_by_case_date ON statements (case_id, interview_date, id);
CREATE INDEX statements_by_date ON statements (interview_date, id);
CREATE INDEX statements_by_witness ON statements (witness_id);
CREATE INDEX statements_by_interviewer ON statements (interviewer_id);
CREATE INDEX statements_by_interpreter ON statements (interpreter_id);
CREATE TRIGGER statements_case_fixed BEFORE UPDATE OF id, case_id, created_utc ON statements
BEGIN
    SELECT RAISE(ABORT, 'a statement''s case never changes');
END;

-- Every version of a statement's text stays, each with the SHA-256 of its UTF-8 body.
CREATE TABLE statement_versions (
    n                  INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    statement_id       TEXT NOT NULL REFERENCES statements (id),
    number             INTEGER NOT NULL,
    body               TEXT NOT NULL,
    sha256             TEXT NOT NULL,
    translation        TEXT,
    translation_sha256 TEXT,
    operator           TEXT NOT NULL,
    created_utc        TEXT NOT NULL,
    UNIQUE (statement_id, number)
);
CREATE TRIGGER statement_versions_no_update BEFORE UPDATE ON statement_versions
BEGIN
    SELECT RAISE(ABORT, 'statement versions never change: edit makes a new version');
END;
CREATE TRIGGER statement_versions_no_delete BEFORE DELETE ON statement_versions
BEGIN
    SELECT RAISE(ABORT, 'statement versions are never deleted');
END;

CREATE TABLE statement_topics (
    statement_id TEXT NOT NULL REFERENCES statements (id),
    topic        TEXT NOT NULL,
    PRIMARY KEY (statement_id, topic)
);

CREATE TABLE statement_tags (
    statement_id TEXT NOT NULL REFERENCES statements (id),
    tag          TEXT NOT NULL,
    PRIMARY KEY (statement_id, tag)
);

CREATE TABLE incidents (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    violation_type TEXT NOT NULL,
    date           TEXT,
    date_precision TEXT,
    place          TEXT,
    facility_id    TEXT REFERENCES facilities (id),
    description    TEXT,
    created_utc    TEXT NOT NULL
);
CREATE INDEX incidents_by_case ON incidents (case_id, created_utc);
CREATE INDEX incidents_by_facility ON incidents (facility_id);

-- Links between records of one case: statement mentions person / incident / facility;
-- incident involves a person (victim, perpetrator, witness) or happened at a facility.
CREATE TABLE links (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    from_type   TEXT NOT NULL,
    from_id     TEXT NOT NULL,
    to_type     TEXT NOT NULL,
    to_id       TEXT NOT NULL,
    role        TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    UNIQUE (from_type, from_id, to_type, to_id, role)
);
CREATE INDEX links_by_case ON links (case_id, created_utc);
CREATE INDEX links_by_target ON links (to_type, to_id);

-- An attachment given a statement must name a statement of its own case.
CREATE TRIGGER attachments_statement_in_case BEFORE INSERT ON attachments
WHEN NEW.statement_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM statements WHERE id = NEW.statement_id AND case_id = NEW.case_id)
BEGIN
    SELECT RAISE(ABORT, 'the statement of an attachment must belong to its case');
END;
CREATE TRIGGER attachments_statement_in_case_update BEFORE UPDATE OF statement_id ON attachments
WHEN NEW.statement_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM statements WHERE id = NEW.statement_id AND case_id = NEW.case_id)
BEGIN
    SELECT RAISE(ABORT, 'the statement of an attachment must belong to its case');
END;

-- Full-text search, in two indexes kept in step by triggers (nothing else writes them).
-- search_names holds the short texts: names and aliases of persons and facilities,
-- incidents, attachment names; search_rows gives each a stable integer key (record type,
-- record id, field).  search_texts indexes the current version of each statement; it
-- stores no copy of the text but reads it from statement_texts when it needs it.
CREATE TABLE search_rows (
    n           INTEGER PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    field       TEXT NOT NULL,
    case_id     TEXT NOT NULL,
    UNIQUE (record_type, record_id, field)
);
CREATE VIRTUAL TABLE search_names USING fts5 (
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);





-- Only the current version of a statement is searchable; older versions stay readable.
-- Versions never change, so the values handed to 'delete' are exactly those indexed.
CREATE VIEW statement_texts AS
    SELECT v.n AS n, v.body AS body, v.translation AS translation
    FROM statement_versions AS v
    WHERE EXISTS (SELECT 1 FROM statements AS s
                  WHERE s.id = v.statement_id AND s.current_version_id = v.id);
CREATE VIRTUAL TABLE search_texts USING fts5 (
    body,
    translation,
    content = 'statement_texts',
    content_rowid = 'n',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_search_version AFTER UPDATE OF current_version_id ON statements
BEGIN
    INSERT INTO search_texts (search_texts, rowid, body, translation)
        SELECT 'delete', n, body, translation FROM statement_versions
        WHERE id = OLD.current_version_id;
    INSERT INTO search_texts (rowid, body, translation)
        SELECT n, body, translation FROM statement_versions
        WHERE id = NEW.current_version_id;
END;



-- From 0003: redaction, review marks, signers, hash salts, imports.

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
    explanation  TEXT,  -- from 0006: why detection proposed it; NULL before and for manual
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

-- 0004: what an import brought in.  Every record an import created is listed with the
-- bundle reference and file it came from (and the intake hash the bundle gave for it);
-- the bundle's own custody history is kept line by line, exactly as received, so its
-- chain can be checked again later.  A bundle is imported once.
CREATE UNIQUE INDEX imports_bundle_once ON imports (bundle_id);

CREATE TABLE imported_items (
    import_id        TEXT NOT NULL REFERENCES imports (id),
    object_type      TEXT NOT NULL,
    object_id        TEXT NOT NULL,
    bundle_ref       TEXT NOT NULL,
    bundle_path      TEXT,
    intake_hash_json TEXT,
    PRIMARY KEY (object_type, object_id)
);
CREATE INDEX imported_items_by_import ON imported_items (import_id);

CREATE TABLE imported_custody (
    import_id TEXT NOT NULL REFERENCES imports (id),
    seq       INTEGER NOT NULL,
    line      TEXT NOT NULL,
    PRIMARY KEY (import_id, seq)
);

-- From 0007: folded twins of the search indexes, codes, PDF text (see the migration).
CREATE VIRTUAL TABLE search_folded_names USING fts5 (
    keys,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61'
);

CREATE VIRTUAL TABLE search_folded_texts USING fts5 (
    body,
    translation,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61'
);

CREATE TABLE attachment_pages (
    n             INTEGER PRIMARY KEY,
    attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    page          INTEGER NOT NULL,
    text          TEXT NOT NULL,
    UNIQUE (attachment_id, page)
);

CREATE TABLE attachment_text_status (
    attachment_id TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    outcome       TEXT NOT NULL CHECK (outcome IN ('text', 'no-text', 'unreadable')),
    pages         INTEGER NOT NULL
);

CREATE VIRTUAL TABLE search_pages USING fts5 (
    text,
    content = 'attachment_pages',
    content_rowid = 'n',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE search_folded_pages USING fts5 (
    keys,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61'
);

CREATE TRIGGER attachment_pages_search_insert AFTER INSERT ON attachment_pages
BEGIN
    INSERT INTO search_pages (rowid, text) VALUES (NEW.n, NEW.text);
    INSERT INTO search_folded_pages (rowid, keys) VALUES (NEW.n, search_keys(NEW.text));
END;

CREATE TRIGGER attachment_pages_search_delete AFTER DELETE ON attachment_pages
BEGIN
    INSERT INTO search_pages (search_pages, rowid, text) VALUES ('delete', OLD.n, OLD.text);
    DELETE FROM search_folded_pages WHERE rowid = OLD.n;
END;

CREATE TRIGGER persons_search_insert AFTER INSERT ON persons
BEGIN
    INSERT INTO search_rows (record_type, record_id, field, case_id)
        VALUES ('person', NEW.id, 'name', NEW.case_id), ('person', NEW.id, 'code', NEW.case_id);
    INSERT INTO search_names (rowid, text)
        SELECT n, CASE field WHEN 'name' THEN NEW.name ELSE NEW.code END FROM search_rows
        WHERE record_type = 'person' AND record_id = NEW.id;
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(CASE field WHEN 'name' THEN NEW.name ELSE NEW.code END)
        FROM search_rows WHERE record_type = 'person' AND record_id = NEW.id;
END;

CREATE TRIGGER persons_search_update AFTER UPDATE OF name ON persons
BEGIN
    UPDATE search_names SET text = NEW.name WHERE rowid = (
        SELECT n FROM search_rows
        WHERE record_type = 'person' AND record_id = NEW.id AND field = 'name');
    DELETE FROM search_folded_names WHERE rowid = (
        SELECT n FROM search_rows
        WHERE record_type = 'person' AND record_id = NEW.id AND field = 'name');
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(NEW.name) FROM search_rows
        WHERE record_type = 'person' AND record_id = NEW.id AND field = 'name';
END;

CREATE TRIGGER persons_search_delete AFTER DELETE ON persons
BEGIN
    DELETE FROM search_names WHERE rowid IN (
        SELECT n FROM search_rows WHERE record_type = 'person' AND record_id = OLD.id);
    DELETE FROM search_folded_names WHERE rowid IN (
        SELECT n FROM search_rows WHERE record_type = 'person' AND record_id = OLD.id);
    DELETE FROM search_rows WHERE record_type = 'person' AND record_id = OLD.id;
END;

CREATE TRIGGER person_aliases_search_insert AFTER INSERT ON person_aliases
BEGIN
    INSERT INTO search_rows (record_type, record_id, field, case_id)
        SELECT 'person', NEW.person_id, 'alias:' || NEW.position, case_id
        FROM persons WHERE id = NEW.person_id;
    INSERT INTO search_names (rowid, text)
        SELECT n, NEW.alias FROM search_rows
        WHERE record_type = 'person' AND record_id = NEW.person_id
          AND field = 'alias:' || NEW.position;
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(NEW.alias) FROM search_rows
        WHERE record_type = 'person' AND record_id = NEW.person_id
          AND field = 'alias:' || NEW.position;
END;

CREATE TRIGGER person_aliases_search_delete AFTER DELETE ON person_aliases
BEGIN
    DELETE FROM search_names WHERE rowid IN (
        SELECT n FROM search_rows WHERE record_type = 'person' AND record_id = OLD.person_id
          AND field = 'alias:' || OLD.position);
    DELETE FROM search_folded_names WHERE rowid IN (
        SELECT n FROM search_rows WHERE record_type = 'person' AND record_id = OLD.person_id
          AND field = 'alias:' || OLD.position);
    DELETE FROM search_rows WHERE record_type = 'person' AND record_id = OLD.person_id
        AND field = 'alias:' || OLD.position;
END;

CREATE TRIGGER facilities_search_insert AFTER INSERT ON facilities
BEGIN
    INSERT INTO search_rows (record_type, record_id, field, case_id)
        VALUES ('facility', NEW.id, 'name', NEW.case_id);
    INSERT INTO search_names (rowid, text)
        SELECT n, NEW.name FROM search_rows
        WHERE record_type = 'facility' AND record_id = NEW.id AND field = 'name';
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(NEW.name) FROM search_rows
        WHERE record_type = 'facility' AND record_id = NEW.id AND field = 'name';
END;

CREATE TRIGGER facilities_search_update AFTER UPDATE OF name ON facilities
BEGIN
    UPDATE search_names SET text = NEW.name WHERE rowid = (
        SELECT n FROM search_rows
        WHERE record_type = 'facility' AND record_id = NEW.id AND field = 'name');
    DELETE FROM search_folded_names WHERE rowid = (
        SELECT n FROM search_rows
        WHERE record_type = 'facility' AND record_id = NEW.id AND field = 'name');
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(NEW.name) FROM search_rows
        WHERE record_type = 'facility' AND record_id = NEW.id AND field = 'name';
END;

CREATE TRIGGER facilities_search_delete AFTER DELETE ON facilities
BEGIN
    DELETE FROM search_names WHERE rowid IN (
        SELECT n FROM search_rows WHERE record_type = 'facility' AND record_id = OLD.id);
    DELETE FROM search_folded_names WHERE rowid IN (
        SELECT n FROM search_rows WHERE record_type = 'facility' AND record_id = OLD.id);
    DELETE FROM search_rows WHERE record_type = 'facility' AND record_id = OLD.id;
END;

CREATE TRIGGER facility_aliases_search_insert AFTER INSERT ON facility_aliases
BEGIN
    INSERT INTO search_rows (record_type, record_id, field, case_id)
        SELECT 'facility', NEW.facility_id, 'alias:' || NEW.position, case_id
        FROM facilities WHERE id = NEW.facility_id;
    INSERT INTO search_names (rowid, text)
        SELECT n, NEW.alias FROM search_rows
        WHERE record_type = 'facility' AND record_id = NEW.facility_id
          AND field = 'alias:' || NEW.position;
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(NEW.alias) FROM search_rows
        WHERE record_type = 'facility' AND record_id = NEW.facility_id
          AND field = 'alias:' || NEW.position;
END;

CREATE TRIGGER facility_aliases_search_delete AFTER DELETE ON facility_aliases
BEGIN
    DELETE FROM search_names WHERE rowid IN (
        SELECT n FROM search_rows WHERE record_type = 'facility'
          AND record_id = OLD.facility_id AND field = 'alias:' || OLD.position);
    DELETE FROM search_folded_names WHERE rowid IN (
        SELECT n FROM search_rows WHERE record_type = 'facility'
          AND record_id = OLD.facility_id AND field = 'alias:' || OLD.position);
    DELETE FROM search_rows WHERE record_type = 'facility' AND record_id = OLD.facility_id
        AND field = 'alias:' || OLD.position;
END;

CREATE TRIGGER statements_search_folded_version AFTER UPDATE OF current_version_id ON statements
BEGIN
    DELETE FROM search_folded_texts WHERE rowid = (
        SELECT n FROM statement_versions WHERE id = OLD.current_version_id);
    INSERT INTO search_folded_texts (rowid, body, translation)
        SELECT n, search_keys(body), search_keys(translation) FROM statement_versions
        WHERE id = NEW.current_version_id;
END;

CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents
BEGIN
    INSERT INTO search_rows (record_type, record_id, field, case_id)
        VALUES ('incident', NEW.id, 'text', NEW.case_id);
    INSERT INTO search_names (rowid, text)
        SELECT n, concat_ws(' ', NEW.violation_type, NEW.place, NEW.description)
        FROM search_rows
        WHERE record_type = 'incident' AND record_id = NEW.id AND field = 'text';
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(concat_ws(' ', NEW.violation_type, NEW.place, NEW.description))
        FROM search_rows
        WHERE record_type = 'incident' AND record_id = NEW.id AND field = 'text';
END;

CREATE TRIGGER incidents_search_update AFTER UPDATE OF violation_type, place, description
ON incidents
BEGIN
    UPDATE search_names SET text = concat_ws(' ', NEW.violation_type, NEW.place,
                                             NEW.description)
    WHERE rowid = (SELECT n FROM search_rows
                   WHERE record_type = 'incident' AND record_id = NEW.id AND field = 'text');
    DELETE FROM search_folded_names WHERE rowid = (
        SELECT n FROM search_rows
        WHERE record_type = 'incident' AND record_id = NEW.id AND field = 'text');
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(concat_ws(' ', NEW.violation_type, NEW.place, NEW.description))
        FROM search_rows
        WHERE record_type = 'incident' AND record_id = NEW.id AND field = 'text';
END;

CREATE TRIGGER attachments_search_insert AFTER INSERT ON attachments
BEGIN
    INSERT INTO search_rows (record_type, record_id, field, case_id)
        VALUES ('attachment', NEW.id, 'name', NEW.case_id);
    INSERT INTO search_names (rowid, text)
        SELECT n, NEW.name FROM search_rows
        WHERE record_type = 'attachment' AND record_id = NEW.id AND field = 'name';
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(NEW.name) FROM search_rows
        WHERE record_type = 'attachment' AND record_id = NEW.id AND field = 'name';
END;

CREATE TRIGGER attachments_search_update AFTER UPDATE OF name ON attachments
BEGIN
    UPDATE search_names SET text = NEW.name WHERE rowid = (
        SELECT n FROM search_rows
        WHERE record_type = 'attachment' AND record_id = NEW.id AND field = 'name');
    DELETE FROM search_folded_names WHERE rowid = (
        SELECT n FROM search_rows
        WHERE record_type = 'attachment' AND record_id = NEW.id AND field = 'name');
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(NEW.name) FROM search_rows
        WHERE record_type = 'attachment' AND record_id = NEW.id AND field = 'name';
END;

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO search_rows (record_type, record_id, field, case_id)
        VALUES ('case', NEW.id, 'code', NEW.id), ('case', NEW.id, 'title', NEW.id);
    INSERT INTO search_names (rowid, text)
        SELECT n, CASE field WHEN 'code' THEN NEW.code ELSE NEW.title END FROM search_rows
        WHERE record_type = 'case' AND record_id = NEW.id;
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(CASE field WHEN 'code' THEN NEW.code ELSE NEW.title END)
        FROM search_rows WHERE record_type = 'case' AND record_id = NEW.id;
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF title ON cases
BEGIN
    UPDATE search_names SET text = NEW.title WHERE rowid = (
        SELECT n FROM search_rows
        WHERE record_type = 'case' AND record_id = NEW.id AND field = 'title');
    DELETE FROM search_folded_names WHERE rowid = (
        SELECT n FROM search_rows
        WHERE record_type = 'case' AND record_id = NEW.id AND field = 'title');
    INSERT INTO search_folded_names (rowid, keys)
        SELECT n, search_keys(NEW.title) FROM search_rows
        WHERE record_type = 'case' AND record_id = NEW.id AND field = 'title';
END;

-- 0008: the consent scope an imported statement was released under, as the bundle gave
-- it (the recipient categories its witness had consented to when the sender exported it,
-- and whether anonymity was waived).  It is what this vault may re-share the statement
-- for until a consent is recorded here; a statement whose bundle gave none has no row
-- (and may not be re-shared without a consent recorded here).  Kept as received: never
-- changed.
CREATE TABLE received_consents (
    statement_id TEXT PRIMARY KEY REFERENCES statements (id),
    import_id    TEXT NOT NULL REFERENCES imports (id),
    share        TEXT NOT NULL,
    anonymity    TEXT NOT NULL CHECK (anonymity IN ('required', 'waived')),
    received_utc TEXT NOT NULL
);
CREATE INDEX received_consents_by_import ON received_consents (import_id);

CREATE TRIGGER received_consents_immutable BEFORE UPDATE ON received_consents
BEGIN
    SELECT RAISE(ABORT, 'a received consent scope is kept as received');
END;

-- 0009: codes of statements and attachments (columns above), retractions.
CREATE UNIQUE INDEX statements_code ON statements (case_id, code);
CREATE UNIQUE INDEX attachments_code ON attachments (case_id, code);
CREATE TRIGGER statements_code_fixed BEFORE UPDATE OF code ON statements
WHEN OLD.code IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a statement''s code never changes');
END;
CREATE TRIGGER attachments_code_fixed BEFORE UPDATE OF code ON attachments
WHEN OLD.code IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an attachment''s code never changes');
END;

-- A retracted record (entered by mistake) stays in the vault, hidden from lists, search
-- and exports; why, by whom and when is kept here and in the custody log.  Record ids are
-- random, so one id names one record whatever its type.  A retraction is final.
CREATE TABLE retractions (
    record_id     TEXT PRIMARY KEY,
    record_type   TEXT NOT NULL,
    case_id       TEXT NOT NULL REFERENCES cases (id),
    reason        TEXT NOT NULL,
    operator      TEXT NOT NULL,
    retracted_utc TEXT NOT NULL
);
CREATE INDEX retractions_by_case ON retractions (case_id);
CREATE TRIGGER retractions_no_update BEFORE UPDATE ON retractions
BEGIN
    SELECT RAISE(ABORT, 'a retraction is kept as made');
END;
CREATE TRIGGER retractions_no_delete BEFORE DELETE ON retractions
BEGIN
    SELECT RAISE(ABORT, 'a retraction is kept as made');
END;

CREATE TABLE key_epochs (
    epoch       INTEGER PRIMARY KEY,
    first_seq   INTEGER NOT NULL,
    custody_mac BLOB
);
-- An attachment's per-intake key, wrapped again under a later epoch's wrapping key.  The
-- attachments row keeps the key as wrapped at intake (originals are immutable); the row
-- here of the current epoch, when there is one, is what opens the blob.  Rows of ended
-- epochs are deleted by the rekey that ends them (they open nothing any more).
CREATE TABLE attachment_keys (
    attachment_id TEXT NOT NULL REFERENCES attachments (id),
    epoch         INTEGER NOT NULL,
    wrapped_key   BLOB NOT NULL,
    PRIMARY KEY (attachment_id, epoch)
);
CREATE TRIGGER attachment_keys_no_update BEFORE UPDATE ON attachment_keys
BEGIN
    SELECT RAISE(ABORT, 'a rewrapped attachment key is replaced by a new row, never edited');
END;

-- 0011: why a record was corrected.
CREATE TABLE correction_reasons (
    custody_seq INTEGER PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    reason      TEXT NOT NULL
);
CREATE INDEX correction_reasons_by_record ON correction_reasons (record_id);
CREATE TRIGGER correction_reasons_no_update BEFORE UPDATE ON correction_reasons
BEGIN
    SELECT RAISE(ABORT, 'a correction''s reason is kept as written');
END;
CREATE TRIGGER correction_reasons_no_delete BEFORE DELETE ON correction_reasons
BEGIN
    SELECT RAISE(ABORT, 'a correction''s reason is kept as written');
END;
