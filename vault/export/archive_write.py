"""Writing a finished bundle as one file: a deterministic zip, or an age-encrypted tar.

Both outputs are built under a ``.<name>.partial`` name beside ``out`` and renamed when
complete (a leftover from a crash is replaced); on any failure the partial file is removed
and ``out`` is left as it was. Neither carries host data: no times, owners, user or group
names, or permissions beyond 0644, so the same files give the same zip bytes on any host
(given the same zlib).

The age output streams: a writer thread produces the PAX tar into an ``os.pipe`` and
``pyrage.encrypt_io`` encrypts from the other end straight into the output file, so no
plaintext byte of the tar touches the disk and memory stays flat for any bundle size.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
import tarfile
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

import pyrage

from vault.core.crashpoints import faulty_sink
from vault.core.errors import InputError, StorageError, VaultError
from vault.core.fsutil import Partial, remove_stale_partials, storage_error
from vault.core.keyslots import parse_age_recipient
from vault.export.archive_limits import CHUNK
from vault.export.archive_names import name_problem
from vault.export.errors import show_name

ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: no host time
FILE_MODE = 0o644
SYNC_EVERY = 64 * 1024 * 1024
# Already-compressed formats are stored: deflating them costs time and gains nothing.
STORED_SUFFIXES = frozenset(
    (
        *(".jpg", ".jpeg", ".png", ".webp", ".gif", ".pdf"),
        *(".zip", ".gz", ".xz", ".bz2", ".7z", ".age"),
        *(".mp3", ".m4a", ".ogg", ".opus", ".mp4", ".m4v", ".mov", ".mkv", ".webm"),
    )
)


@dataclass(frozen=True)
class SizedChunks:
    """Bytes produced on the fly whose total length is known in advance."""

    size: int
    chunks: Iterable[bytes]


# A member's content: a file on disk, bytes in memory, sized chunks, or plain chunks
# (gathered in memory first, since a tar header needs the size: for small tag files).
Source = Path | bytes | SizedChunks | Iterable[bytes]


def bundle_order(name: str) -> tuple[int, str]:
    """Sort key for the tar stream: bagit.txt, bag-info.txt, payload manifests, tag
    manifests, signature/, then the rest by name; a streaming reader meets what it needs
    to check the payload before the payload itself."""
    if name == "bagit.txt":
        rank = 0
    elif name == "bag-info.txt":
        rank = 1
    elif name.startswith("manifest-") and "/" not in name:
        rank = 2
    elif name.startswith("tagmanifest-") and "/" not in name:
        rank = 3
    elif name.startswith("signature/"):
        rank = 4
    else:
        rank = 5
    return rank, name


def folder_files(folder: Path) -> list[tuple[str, Path]]:
    """Every regular file under ``folder`` as (relative POSIX name, path), sorted by name.

    Refuses links and special files (InputError): a bundle folder holds plain files only.
    """
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        base = Path(dirpath)
        for entry in (*dirnames, *filenames):
            path = base / entry
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode) or not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                raise InputError(
                    f"{show_name(str(path.relative_to(folder)))} in the bundle folder is a "
                    "link or special file; only plain files can be exported."
                )
            if stat.S_ISREG(mode):
                found.append((path.relative_to(folder).as_posix(), path))
    return sorted(found)


def write_zip(folder: Path, out: Path) -> None:
    """Zip every file of ``folder`` into ``out``, deterministically (see module doc)."""
    write_zip_members(folder_files(folder), out)


def write_zip_members(
    members: Iterable[tuple[str, Source]], out: Path, held: list[Partial] | None = None
) -> None:
    """A deterministic zip of ``members`` at ``out``: entries sorted by name, timestamps
    1980-01-01 00:00:00, Unix mode 0644 on every file, no extra fields (unless a member
    is over 2 GiB and needs ZIP64), no comment. Refuses unsafe or duplicate names and an
    existing ``out``; raises StorageError if the disk refuses.  Given ``held``, the
    finished zip stays under its hidden name and is appended there (see
    :func:`_partial_output`)."""
    entries = sorted(_checked(members))
    with _partial_output(out, held) as sink, zipfile.ZipFile(sink, "w") as archive:
        for name, source in entries:
            size, chunks = _open_source(name, source)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIMESTAMP)
            info.create_system = 3  # Unix, whatever the host: the mode bits mean the same
            info.external_attr = (stat.S_IFREG | FILE_MODE) << 16
            info.compress_type = (
                zipfile.ZIP_STORED
                if Path(name).suffix.lower() in STORED_SUFFIXES
                else zipfile.ZIP_DEFLATED
            )
            info.file_size = size  # lets zipfile decide on ZIP64 up front
            with archive.open(info, "w") as target:
                _copy_exact(name, size, chunks, target)


def encrypt_tar_stream(
    files: Iterable[tuple[str, Source]],
    recipients: Sequence[str],
    out: Path,
    progress: Callable[[int], None] | None = None,
    held: list[Partial] | None = None,
) -> None:
    """Write ``files`` as a PAX tar (mtime 0, uid/gid 0, no user or group names, mode
    0644, in :func:`bundle_order`) encrypted to every age ``recipients`` at ``out``.

    The stock ``age -d -i KEY out | tar -x`` opens it. ``progress`` (called from the writer
    thread) gets the number of plaintext bytes written so far. Refuses no recipient, a
    malformed one, unsafe or duplicate names and an existing ``out``.  Given ``held``,
    the finished file stays under its hidden name (see :func:`_partial_output`).
    """
    parsed = [parse_age_recipient(recipient) for recipient in recipients]
    if not parsed:
        raise InputError("An encrypted bundle needs at least one age recipient.")
    entries = sorted(_checked(files), key=lambda entry: bundle_order(entry[0]))
    read_fd, write_fd = os.pipe()
    _widen_pipe(write_fd)
    plaintext_out = os.fdopen(write_fd, "wb")
    failures: list[BaseException] = []

    def produce() -> None:
        try:
            _write_tar(entries, plaintext_out, progress)
        except BaseException as exc:  # handed to the caller's thread below
            failures.append(exc)
        finally:
            with contextlib.suppress(OSError):  # EPIPE once encryption gave up
                plaintext_out.close()

    writer = threading.Thread(target=produce, name="bundle-tar-writer", daemon=True)
    # pyrage reads 8 KiB at a time, each a Python call holding the GIL: served from a
    # 1 MiB buffer they rarely wait for the pipe (and the writer thread) one by one.
    plaintext_in = os.fdopen(read_fd, "rb", buffering=CHUNK)
    try:
        with _partial_output(out, held) as sink:
            writer.start()
            try:
                pyrage.encrypt_io(plaintext_in, sink, parsed)
            except (VaultError, OSError):
                raise
            except Exception as exc:  # pyrage's own EncryptError: the output side failed
                raise StorageError(f"Encrypting the bundle {out.name} failed: {exc}.") from None
            finally:
                # Unblocks a writer still waiting on a full pipe (it then sees EPIPE).
                plaintext_in.close()
                writer.join()
            if failures:
                raise failures[0]
    finally:
        plaintext_in.close()
        if writer.ident is None:  # never started: its end of the pipe is still ours
            plaintext_out.close()


def _widen_pipe(fd: int) -> None:
    """Let the pipe hold a whole chunk (Linux; elsewhere it keeps its default size)."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if set_size is not None:
        with contextlib.suppress(OSError):  # above /proc/sys/fs/pipe-max-size
            fcntl.fcntl(fd, set_size, CHUNK)


def _write_tar(
    entries: list[tuple[str, Source]], target: BinaryIO, progress: Callable[[int], None] | None
) -> None:
    written = 0
    # tarfile's defaults write the pipe in 10 KiB pieces (and copy in 16 KiB ones): each
    # piece costs a thread switch with the encrypting side; 1 MiB pieces keep both busy.
    with tarfile.open(
        fileobj=target, mode="w|", format=tarfile.PAX_FORMAT, bufsize=CHUNK
    ) as archive:
        archive.copybufsize = CHUNK  # type: ignore[attr-defined]  # not in typeshed
        for name, source in entries:
            size, chunks = _open_source(name, source)
            info = tarfile.TarInfo(name)
            info.size = size
            info.mtime = 0
            info.mode = FILE_MODE
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.type = tarfile.REGTYPE
            reader = _ExactReader(name, size, chunks)
            archive.addfile(info, reader)
            reader.finish()
            written += size
            if progress is not None:
                progress(written)


def _checked(members: Iterable[tuple[str, Source]]) -> Iterator[tuple[str, Source]]:
    seen: set[str] = set()
    for name, source in members:
        problem = name_problem(name)
        if problem is not None:
            raise InputError(f"Cannot export a file named {show_name(name)}: it {problem}.")
        if name in seen:
            raise InputError(f"Cannot export {show_name(name)} twice in one bundle.")
        seen.add(name)
        yield name, source


def _open_source(name: str, source: Source) -> tuple[int, Iterable[bytes]]:
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise InputError(
                f"Cannot read {show_name(name)} to export it: {exc.strerror}."
            ) from None
        return size, _file_chunks(name, source)
    if isinstance(source, bytes):
        return len(source), (source,)
    if isinstance(source, SizedChunks):
        return source.size, source.chunks
    gathered = b"".join(source)
    return len(gathered), (gathered,)


def _file_chunks(name: str, path: Path) -> Iterator[bytes]:
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk
    except OSError as exc:
        raise InputError(f"Cannot read {show_name(name)} to export it: {exc.strerror}.") from None


def _copy_exact(name: str, size: int, chunks: Iterable[bytes], target: IO[bytes]) -> None:
    written = 0
    for chunk in chunks:
        written += len(chunk)
        if written > size:
            break
        target.write(chunk)
    if written != size:
        raise InputError(
            f"{show_name(name)} changed size while it was being exported; nothing was written."
        )


class _ExactReader:
    """A file-like view of chunks that must add up to exactly ``size`` bytes: the tar
    header carrying the size is written before the data and cannot be corrected."""

    def __init__(self, name: str, size: int, chunks: Iterable[bytes]) -> None:
        self._name = name
        self._chunks = iter(chunks)
        self._buffer = bytearray()

    def read(self, size: int = -1, /) -> bytes:
        if size < 0:  # tarfile never asks for "all"; serve it without a size check
            self._buffer += b"".join(self._chunks)
            size = len(self._buffer)
        if not self._buffer and size > 0:
            chunk = next(self._chunks, None)
            if chunk is None:
                raise self._changed()
            if len(chunk) == size:  # the usual case (1 MiB asked, 1 MiB chunks): no copy
                return chunk
            self._buffer += chunk
        while len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                raise self._changed()
            self._buffer += chunk
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def finish(self) -> None:
        """Refuse a source that still has bytes after its declared size."""
        if self._buffer or any(self._chunks):
            raise self._changed()

    def _changed(self) -> InputError:
        return InputError(
            f"{show_name(self._name)} changed size while it was being exported; "
            "nothing was written."
        )


class _SyncBehind:
    """Pushes what has been written to the disk from a helper thread every SYNC_EVERY
    bytes, while encryption goes on, so the fsync that ends the bundle finds little left
    (for a 1 GiB bundle it otherwise waits seconds on its own at the end)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bundle-sync", daemon=True)

    def __enter__(self) -> None:
        self._thread.start()

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        synced = 0
        while not self._stop.wait(0.2):
            try:
                size = os.fstat(self._fd).st_size
                if size - synced >= SYNC_EVERY:
                    os.fdatasync(self._fd)
                    synced = size
            except OSError:
                return  # the writer meets the same disk and reports it


@contextlib.contextmanager
def _partial_output(out: Path, held: list[Partial] | None = None) -> Iterator[BinaryIO]:
    """A new file at ``.<name>.partial`` beside ``out`` (0600, locked while it is built),
    fsynced when the block succeeds and then renamed onto ``out``, or, given ``held``,
    left under its hidden name and appended there for the caller to publish (after it
    has recorded what it made); removed when the block fails."""
    if out.exists():
        raise InputError(f"{out} already exists; choose another name or remove it first.")
    if not out.parent.is_dir():
        raise InputError(f"The folder {out.parent} does not exist; create it first.")
    try:
        remove_stale_partials(out.parent)
        partial = Partial(out, folder=False)
    except OSError as exc:
        raise storage_error(exc, "bundle", name=out.name) from None
    try:
        sink = os.fdopen(os.dup(partial.fd), "wb")
        with sink:
            with _SyncBehind(sink.fileno()):
                yield faulty_sink(sink)
            sink.flush()
            os.fsync(sink.fileno())
        if held is not None:
            held.append(partial)
            return
        partial.publish()
    except BaseException as exc:
        if not partial.published:
            partial.discard()
        if isinstance(exc, OSError) and not isinstance(exc, VaultError):
            raise storage_error(exc, "bundle", name=out.name) from None
        raise
