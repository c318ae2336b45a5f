"""The vault core: crypto, header and key slots, encrypted store, blobs, custody. No Qt."""
