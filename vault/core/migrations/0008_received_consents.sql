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
