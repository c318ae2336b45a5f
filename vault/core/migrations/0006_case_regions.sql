-- 0006: a case's regions (ISO 3166 codes, comma-separated, in the order given) whose
-- national phone formats detection tries first; and the explanation detection gives for
-- each proposal ("valid AM mobile", "not valid: 9 national digits, AM numbers have 8"),
-- NULL for proposals made before this migration and for manual redactions.
ALTER TABLE cases ADD COLUMN regions TEXT NOT NULL DEFAULT '';
ALTER TABLE redactions ADD COLUMN explanation TEXT;
