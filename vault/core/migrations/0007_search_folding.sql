-- Search that folds what people type (issue 8), record codes, and the text of PDFs.
--
-- Every full-text index gets a folded twin, keyed by the same rowid: for each word of
-- the indexed text it holds the word's transliteration skeletons, made by the SQL
-- function search_keys() that store.connect registers on every connection (see
-- vault/core/search_keys.py). The twins store no text (contentless) and are written by
-- the same triggers as the plain indexes, so they never drift apart. Person codes and
-- case codes and titles become searchable rows; the text layer of PDF attachments is
-- kept page by page (inside the encrypted database only) and indexed both ways.

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

-- The text layer of PDF attachments, one row per page, taken at intake (in memory) or
-- by the first open after this migration. attachment_text_status says which PDFs were
-- read (outcome 'text', 'no-text' or 'unreadable'), so that backfill runs once.
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

-- Codes: a person's code and a case's code and title are rows of search_names.
INSERT INTO search_rows (record_type, record_id, field, case_id)
    SELECT 'person', id, 'code', case_id FROM persons ORDER BY created_utc;
INSERT INTO search_names (rowid, text)
    SELECT r.n, p.code FROM search_rows AS r JOIN persons AS p ON p.id = r.record_id
    WHERE r.record_type = 'person' AND r.field = 'code';
INSERT INTO search_rows (record_type, record_id, field, case_id)
    SELECT 'case', id, 'code', id FROM cases ORDER BY created_utc;
INSERT INTO search_rows (record_type, record_id, field, case_id)
    SELECT 'case', id, 'title', id FROM cases ORDER BY created_utc;
INSERT INTO search_names (rowid, text)
    SELECT r.n, CASE r.field WHEN 'code' THEN c.code ELSE c.title END
    FROM search_rows AS r JOIN cases AS c ON c.id = r.record_id
    WHERE r.record_type = 'case';

-- What is already indexed gets its folded twin.
INSERT INTO search_folded_names (rowid, keys)
    SELECT rowid, search_keys(text) FROM search_names;
INSERT INTO search_folded_texts (rowid, body, translation)
    SELECT n, search_keys(body), search_keys(translation) FROM statement_texts;

-- Every trigger that writes search_names or search_texts now writes the twin as well.
DROP TRIGGER persons_search_insert;
DROP TRIGGER persons_search_update;
DROP TRIGGER persons_search_delete;
DROP TRIGGER person_aliases_search_insert;
DROP TRIGGER person_aliases_search_delete;
DROP TRIGGER facilities_search_insert;
DROP TRIGGER facilities_search_update;
DROP TRIGGER facilities_search_delete;
DROP TRIGGER facility_aliases_search_insert;
DROP TRIGGER facility_aliases_search_delete;
DROP TRIGGER incidents_search_insert;
DROP TRIGGER incidents_search_update;
DROP TRIGGER attachments_search_insert;
DROP TRIGGER attachments_search_update;

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
