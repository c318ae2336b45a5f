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
