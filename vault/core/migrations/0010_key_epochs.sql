-- 0010: key epochs, for rekey (vault format 2).
--
-- A rekey makes a new master key: the database is re-encrypted under it, and from then on
-- custody events are MACed with the new epoch's key.  The rows MACed before keep their
-- MACs (the log is append-only), so the key of each ended epoch is kept here, inside the
-- encrypted database, to verify them; an epoch with no key (the current one) uses the
-- key derived from the master key in use.
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
