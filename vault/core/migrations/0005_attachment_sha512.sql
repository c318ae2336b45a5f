-- 0005: the SHA-512 of each original, taken in the same single read as its SHA-256, so
-- that an export's second BagIt manifest does not need a second pass over every original.
-- NULL for attachments taken in before this migration (export then computes it).
ALTER TABLE attachments ADD COLUMN sha512 TEXT;

DROP TRIGGER attachments_original_immutable;
CREATE TRIGGER attachments_original_immutable
BEFORE UPDATE OF id, case_id, size, sha256, sha512, hash_salt, wrapped_key, chunk_size,
    created_utc
ON attachments
BEGIN
    SELECT RAISE(ABORT, 'attachment originals are immutable');
END;
