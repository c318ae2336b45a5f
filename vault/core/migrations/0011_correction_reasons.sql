-- Why a record was corrected, in the person's own words, beside the custody event of the
-- correction (its seq).  Kept apart from the custody details, which never carry words
-- that may name people; shown with the record, never exported.  Kept as written.
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
