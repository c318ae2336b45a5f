-- 0009: codes for statements (S-001) and attachments (A-001), numbered per case like
-- person codes, and retractions.
--
-- A code is given at creation from code_counters (prefixes S and A; a person's prefix is
-- never one of these) and never changes or passes to another record.  Rows that existed
-- before get theirs here, in creation order.
ALTER TABLE statements ADD COLUMN code TEXT;
ALTER TABLE attachments ADD COLUMN code TEXT;
UPDATE statements SET code = (
    SELECT 'S-' || printf('%03d', o.n) FROM (
        SELECT id, row_number() OVER (PARTITION BY case_id ORDER BY created_utc, id) AS n
        FROM statements) AS o
    WHERE o.id = statements.id);
UPDATE attachments SET code = (
    SELECT 'A-' || printf('%03d', o.n) FROM (
        SELECT id, row_number() OVER (PARTITION BY case_id ORDER BY created_utc, id) AS n
        FROM attachments) AS o
    WHERE o.id = attachments.id);
INSERT INTO code_counters (case_id, prefix, last)
    SELECT case_id, 'S', count(*) FROM statements GROUP BY case_id;
INSERT INTO code_counters (case_id, prefix, last)
    SELECT case_id, 'A', count(*) FROM attachments GROUP BY case_id;
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
