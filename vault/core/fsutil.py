"""Durable file operations: write-to-temp, fsync, rename, fsync the directory."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from vault.core.crashpoints import crash_point
from vault.core.errors import InputError, StorageError

# The errors that mean "the disk said no" rather than a bug.
DISK_REFUSALS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO}


def fsync_directory(path: Path) -> None:
    """Make a rename or unlink inside ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error(exc: OSError, what: str) -> StorageError:
    """A user-facing error for a refused write; the vault is left as it was."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return StorageError(f"The disk is full: {what} was not saved; the vault is unchanged.")
    if exc.errno == errno.EROFS:
        return StorageError(f"The disk is read-only: {what} was not saved.")
    return StorageError(
        f"The disk refused a write ({os.strerror(exc.errno or 0)}): {what} was not saved."
    )


def atomic_write(path: Path, data: bytes, what: str) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file:
    a temp file beside it, opened with O_CREAT|O_EXCL|O_NOFOLLOW after removing a stale
    one (so a link planted at the temp name is never followed), fsynced, renamed, the
    folder fsynced.  StorageError naming ``what`` when the disk refuses."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        crash_point(f"{path.name}: temp written")
        os.replace(tmp, path)
        fsync_directory(path.parent)
        crash_point(f"{path.name}: renamed")
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(exc, what) from exc


def write_new_private(path: Path, data: bytes, what: str) -> None:
    """Write ``data`` to a new file at ``path`` readable by its owner only (0600): a
    plaintext copy the user asked for. Refuses (InputError) a path that exists, whatever
    it is (a file, a link, a folder), so nothing is ever overwritten; a failed write
    leaves no partial file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        raise InputError(f"{path} already exists; choose a new file name.") from None
    except OSError as exc:
        if exc.errno in DISK_REFUSALS:
            raise storage_error(exc, what) from exc
        raise InputError(f"Cannot create {path}: {os.strerror(exc.errno or 0)}.") from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise storage_error(exc, what) from exc
