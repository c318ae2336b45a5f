"""Durable file operations: write-to-temp, fsync, rename, fsync the directory."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import stat
from pathlib import Path
from typing import Any, Literal

from vault.core.crashpoints import crash_point, write_all
from vault.core.errors import InputError, StorageError
from vault.core.errors import template as _

# The errors that mean "the disk said no" rather than a bug.
DISK_REFUSALS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO}


def fsync_directory(path: Path) -> None:
    """Make a rename or unlink inside ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# What a refused write was saving -> the whole sentence for each refusal: the disk is
# full (or over quota, or the file too big), read-only, or it refused for another
# ``{reason}``.  One sentence per situation, so each translation is a whole sentence
# (a noun spliced into a template reads wrong in Russian, Armenian and Azerbaijani).
# ``{name}``: a bundle's file name; ``{count}``: how many files were being attached.
StorageWhat = Literal[
    "attachment",
    "attachments",
    "bundle",
    "export",
    "preview",
    "backup",
    "upgrade backup",
    "format upgrade",
    "erase",
    "key slots",
    "rekey",
    "vault state",
    "database",
    "new vault",
]
STORAGE_SENTENCES: dict[StorageWhat, tuple[str, str, str]] = {
    "attachment": (
        _("The disk is full: the attachment was not saved; the vault is unchanged."),
        _("The disk is read-only: the attachment was not saved."),
        _("The disk refused a write ({reason}): the attachment was not saved."),
    ),
    "attachments": (
        _(
            "The disk is full: the {count} files being attached were not saved; the vault "
            "is unchanged."
        ),
        _("The disk is read-only: the {count} files being attached were not saved."),
        _("The disk refused a write ({reason}): the {count} files being attached were not saved."),
    ),
    "bundle": (
        _("The disk is full: the bundle {name} was not saved; the vault is unchanged."),
        _("The disk is read-only: the bundle {name} was not saved."),
        _("The disk refused a write ({reason}): the bundle {name} was not saved."),
    ),
    "export": (
        _("The disk is full: the export was not saved; the vault is unchanged."),
        _("The disk is read-only: the export was not saved."),
        _("The disk refused a write ({reason}): the export was not saved."),
    ),
    "preview": (
        _("The disk is full: the preview was not saved; the vault is unchanged."),
        _("The disk is read-only: the preview was not saved."),
        _("The disk refused a write ({reason}): the preview was not saved."),
    ),
    "backup": (
        _("The disk is full: the backup was not saved; the vault is unchanged."),
        _("The disk is read-only: the backup was not saved."),
        _("The disk refused a write ({reason}): the backup was not saved."),
    ),
    "upgrade backup": (
        _(
            "The disk is full: the backup made before the format upgrade was not saved; the "
            "vault is unchanged."
        ),
        _("The disk is read-only: the backup made before the format upgrade was not saved."),
        _(
            "The disk refused a write ({reason}): the backup made before the format upgrade "
            "was not saved."
        ),
    ),
    "format upgrade": (
        _("The disk is full: the format upgrade was not saved; the vault is unchanged."),
        _("The disk is read-only: the format upgrade was not saved."),
        _("The disk refused a write ({reason}): the format upgrade was not saved."),
    ),
    "erase": (
        _("The disk is full: the erase was not saved; the vault is unchanged."),
        _("The disk is read-only: the erase was not saved."),
        _("The disk refused a write ({reason}): the erase was not saved."),
    ),
    "key slots": (
        _("The disk is full: the key slots were not saved; the vault is unchanged."),
        _("The disk is read-only: the key slots were not saved."),
        _("The disk refused a write ({reason}): the key slots were not saved."),
    ),
    "rekey": (
        _("The disk is full: the rekey was not saved; the vault is unchanged."),
        _("The disk is read-only: the rekey was not saved."),
        _("The disk refused a write ({reason}): the rekey was not saved."),
    ),
    "vault state": (
        _("The disk is full: the vault state was not saved; the vault is unchanged."),
        _("The disk is read-only: the vault state was not saved."),
        _("The disk refused a write ({reason}): the vault state was not saved."),
    ),
    "database": (
        _("The disk is full: the vault database was not saved; the vault is unchanged."),
        _("The disk is read-only: the vault database was not saved."),
        _("The disk refused a write ({reason}): the vault database was not saved."),
    ),
    "new vault": (
        _("The disk is full: the new vault was not saved; the vault is unchanged."),
        _("The disk is read-only: the new vault was not saved."),
        _("The disk refused a write ({reason}): the new vault was not saved."),
    ),
}


def storage_error(
    exc: OSError, what: StorageWhat, *, name: str = "", count: int = 0
) -> StorageError:
    """A user-facing error for a refused write, one whole sentence; the vault is left as
    it was.  ``what`` is a key of :data:`STORAGE_SENTENCES` (what was being saved);
    ``name`` the bundle's file name for "bundle", ``count`` the number of files for
    "attachments"."""
    full, read_only, refused = STORAGE_SENTENCES[what]
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        template = full
    elif exc.errno == errno.EROFS:
        template = read_only
    else:
        template = refused
    reason = os.strerror(exc.errno or 0)
    return StorageError(template.format(reason=reason, name=name, count=count))


def atomic_write(path: Path, data: bytes, what: StorageWhat) -> None:
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
            write_all(fd, data)
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


def write_new_private(path: Path, data: bytes, what: StorageWhat) -> None:
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
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise storage_error(exc, what) from exc


PARTIAL_SUFFIX = ".partial"


def partial_path(final: Path) -> Path:
    """The hidden name ``.<name>.partial`` beside ``final`` under which an export or a
    backup is built before it takes its name."""
    return final.with_name(f".{final.name}{PARTIAL_SUFFIX}")


class PartialInUse(InputError):
    """Another live process is building an output under this hidden name."""


class Partial:
    """A hidden ``.<name>.partial`` beside ``final`` (a file 0600 or a folder 0700), locked
    (flock) for as long as this process builds it, so another run can tell a live build
    from the leftover of a killed one.  :meth:`publish` renames it to ``final`` (never
    over an existing name) and fsyncs the folder; :meth:`discard` removes it."""

    def __init__(self, final: Path, folder: bool) -> None:
        self.final = final
        self.path = partial_path(final)
        self.folder = folder
        _remove_if_stale(self.path)
        if folder:
            self.path.mkdir(mode=0o700)
            self.fd = os.open(self.path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        else:
            flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
            self.fd = os.open(self.path, flags, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self.published = False

    def publish(self) -> None:
        """Give the built output its final name (rename(2) without replacing: an existing
        ``final`` is an OSError EEXIST), then make the rename durable."""
        crash_point(f"{self.final.name}: built, before the rename")
        rename_noreplace(self.path, self.final)
        self.published = True
        crash_point(f"{self.final.name}: renamed")
        fsync_directory(self.final.parent)
        self.close()

    def discard(self) -> None:
        """Remove the hidden output (whatever was built of it) and release the lock."""
        with contextlib.suppress(OSError):
            if self.folder:
                shutil.rmtree(self.path)
            else:
                self.path.unlink()
        self.close()

    def close(self) -> None:
        """Release the lock (the hidden output stays where it is)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def rename_noreplace(source: Path, target: Path) -> None:
    """rename(2) that never replaces ``target`` (renameat2 RENAME_NOREPLACE on Linux; a
    check then rename elsewhere).  FileExistsError when ``target`` exists."""
    libc = _libc()
    if libc is not None:
        result = libc.renameat2(
            _AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), _RENAME_NOREPLACE
        )
        if result == 0:
            return
        err = ctypes.get_errno()
        if err not in (errno.ENOSYS, errno.EINVAL):
            raise OSError(err, os.strerror(err), str(target))
    if os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    os.rename(source, target)


_AT_FDCWD = -100
_RENAME_NOREPLACE = 1
_LIBC: list[Any] = []


def _libc() -> Any:
    if not _LIBC:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            _LIBC.append(libc if hasattr(libc, "renameat2") else None)
        except OSError:
            _LIBC.append(None)
    return _LIBC[0]


# What a leftover build of ours can hold: a bundle folder's or a backup's top-level names.
_OURS = frozenset(
    (
        *("bagit.txt", "bag-info.txt", "data", "custody", "signature", "redaction"),
        *("blobs", ".lock"),
    )
)


_AGE_MAGIC = b"age-encryption.org/"


def _looks_like_ours(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        return False  # made by someone else, or not private: not a build of ours
    if stat.S_ISREG(info.st_mode):  # a zip or an age file, or not begun
        try:
            with open(path, "rb") as handle:
                head = handle.read(len(_AGE_MAGIC))
        except OSError:
            return False
        return not head or head.startswith(b"PK") or _AGE_MAGIC.startswith(head)
    if not stat.S_ISDIR(info.st_mode):
        return False
    try:
        names = [child.name for child in path.iterdir()]
    except OSError:
        return False
    return all(
        name in _OURS or name.startswith(("manifest-", "tagmanifest-", "vault.")) for name in names
    )


def _remove_if_stale(path: Path) -> bool:
    """Remove ``path`` if it is the leftover of a killed build of ours (no live process
    holds its lock).  PartialInUse when one does; False when there was nothing."""
    if not os.path.lexists(path):
        return False
    if not _looks_like_ours(path):
        raise InputError(
            f"{path} is in the way and was not made by Evidence Vault; move it and try again."
        )
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PartialInUse(
                f"Another export or backup is writing {path.parent / path.name[1:-8]} now; "
                "wait for it to finish or choose another name."
            ) from None
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
        return True
    finally:
        os.close(fd)


def stale_partials(folder: Path) -> list[Path]:
    """The leftovers of killed exports or backups of ours in ``folder`` (hidden
    ``.<name>.partial`` entries, private to this user, no live process holding them)."""
    found: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return found
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(PARTIAL_SUFFIX) and len(name) > 9):
            continue
        if not _looks_like_ours(entry) or _locked(entry):
            continue
        found.append(entry)
    return found


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove every leftover :func:`stale_partials` finds in ``folder``; returns them."""
    removed: list[Path] = []
    for entry in stale_partials(folder):
        with contextlib.suppress(InputError, OSError):
            if _remove_if_stale(entry):
                removed.append(entry)
    return removed


def _locked(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return True  # cannot tell: leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
