"""Reading a bundle from an ``.age`` file: decrypted in memory, read as a tar stream.

``pyrage.decrypt_io`` runs in a thread and writes plaintext into an ``os.pipe``; the tar
stream is read from the other end in ``r|`` mode, member by member, so no plaintext byte
touches the disk and memory stays flat. age authenticates each 64 KiB chunk before it
is written, and a truncated file fails at its end: the decrypting thread's error is
checked after the last byte, and wins over any tar error it caused.

tarfile would read a PAX header or a GNU long name of any size into memory, so the pipe is
read through a meter that allows at most ``max_header_bytes`` between members.
"""

from __future__ import annotations

import errno
import os
import tarfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO

import pyrage

from vault.core.progress import NO_WORK
from vault.export.archive_limits import CHUNK, Member, MemberTally, ReadLimits, measure
from vault.export.archive_names import NameRegistry
from vault.export.errors import HostileBundle, UnreadableBundle, show_name

# tarfile reads the pipe in pieces of this size; 10 KiB (its default) costs a thread
# switch per piece and halves throughput.
STREAM_BUFFER = 256 * 1024
_FILE_TYPES = {tarfile.REGTYPE, tarfile.AREGTYPE}
_REFUSED_TYPES = {
    tarfile.SYMTYPE: "is a symbolic link",
    tarfile.LNKTYPE: "is a hard link",
    tarfile.CHRTYPE: "is a character device",
    tarfile.BLKTYPE: "is a block device",
    tarfile.FIFOTYPE: "is a FIFO",
    tarfile.GNUTYPE_SPARSE: "is a sparse file",
}


class AgeSource:
    """An ``.age`` bundle: one decryption pass to check and hash, more passes on demand."""

    kind = "age"

    def __init__(self, path: Path, identities: Sequence[Any], limits: ReadLimits) -> None:
        self.path = path
        self.identities = list(identities)
        self.limits = limits
        self.work = NO_WORK

    def scan(self) -> tuple[list[Member], dict[str, bytes]]:
        """Check and hash every member; keep the first ``retain_bytes`` of plaintext."""
        members: list[Member] = []
        retained: dict[str, bytes] = {}
        budget = self.limits.retain_bytes
        # The plaintext's size is unknown until the end: the encrypted file's is close.
        self.work.set_total(_file_size(self.path))
        with DecryptedTar(self.path, self.identities, self.limits) as tar:
            for name, size, handle in tar.members():
                keep = size <= budget
                member, data = measure(name, _chunks(handle, self.path), size, keep, self.work)
                if keep:
                    retained[name] = data
                    budget -= size
                members.append(member)
        return members, retained

    def stream(self, name: str) -> Iterator[bytes]:
        """One member's bytes, from a fresh decryption pass that stops after it."""
        with DecryptedTar(self.path, self.identities, self.limits) as tar:
            for found, _size, handle in tar.members():
                if found == name:
                    yield from _chunks(handle, self.path)
                    return
                for _ in _chunks(handle, self.path):
                    pass
        raise UnreadableBundle(f"The bundle no longer holds {show_name(name)}.")

    def walk(self) -> Iterator[tuple[str, Iterator[bytes]]]:
        """Every member in archive order, in one decryption pass."""
        with DecryptedTar(self.path, self.identities, self.limits) as tar:
            for name, _size, handle in tar.members():
                chunks = _chunks(handle, self.path)
                yield name, chunks
                for _ in chunks:  # whatever the caller did not read
                    pass

    def close(self) -> None:
        self.identities = []


def _file_size(path: Path) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


class DecryptedTar:
    """A context: the plaintext tar stream of an ``.age`` file, decrypted by a thread."""

    def __init__(self, path: Path, identities: Sequence[Any], limits: ReadLimits) -> None:
        self._path = path
        self._identities = identities
        self._limits = limits
        self._failure: BaseException | None = None

    def __enter__(self) -> DecryptedTar:
        read_fd, write_fd = os.pipe()
        self._reader = os.fdopen(read_fd, "rb")
        writer = os.fdopen(write_fd, "wb")
        self._thread = threading.Thread(
            target=self._decrypt, args=(writer,), name="bundle-age-decrypt", daemon=True
        )
        self._thread.start()
        return self

    def _decrypt(self, writer: BinaryIO) -> None:
        try:
            with open(self._path, "rb") as source:
                pyrage.decrypt_io(source, writer, self._identities)
        except BaseException as exc:  # reported by __exit__, never lost in the thread
            self._failure = exc
        finally:
            try:
                writer.close()
            except OSError as exc:  # EPIPE when the reader stopped early
                self._failure = self._failure or exc

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # Closing our end makes a still-writing thread fail with EPIPE and finish.
        self._reader.close()
        self._thread.join()
        failure = self._failure
        if failure is None or _is_broken_pipe(failure):
            return
        if "No matching keys" in str(failure):
            raise UnreadableBundle(
                f"The identity given does not open {self._path.name} (it was encrypted for "
                "someone else); nothing was read."
            ) from None
        raise UnreadableBundle(
            f"{self._path.name} could not be decrypted: it is damaged, truncated or not an "
            "age file; nothing was read."
        ) from None

    def members(self) -> Iterator[tuple[str, int, IO[bytes]]]:
        """Each regular file as (name, size, reader), after checking its header.

        The reader must be consumed before asking for the next member. Folders are
        checked and skipped; anything else refused. Ends by checking nothing but zero
        padding follows the archive's end.
        """
        limits = self._limits
        meter = _Meter(self._reader, limits.max_header_bytes)
        tally = MemberTally(limits)
        registry = NameRegistry()
        with self._open_tar(meter) as tar:
            while True:
                meter.allow(limits.max_header_bytes)
                try:
                    info = tar.next()
                except tarfile.TarError as exc:
                    raise UnreadableBundle(
                        f"The archive inside {self._path.name} is damaged ({exc}); "
                        "nothing was read."
                    ) from None
                if info is None:
                    break
                tally.count_entry()
                name = _check_member(info, registry)
                if name is None:
                    continue
                tally.declare(name, info.size)
                meter.allow(info.size + tarfile.RECORDSIZE)
                handle = tar.extractfile(info)
                if handle is None:  # not reached: _check_member lets only files through
                    raise UnreadableBundle(f"Cannot read {show_name(name)}.")
                yield name, info.size, handle
            meter.allow(limits.max_header_bytes)
            _check_trailer(tar.fileobj)

    def _open_tar(self, meter: _Meter) -> tarfile.TarFile:
        try:
            return tarfile.open(
                fileobj=meter,
                mode="r|",
                bufsize=STREAM_BUFFER,
                encoding="utf-8",
                errors="surrogateescape",
            )
        except tarfile.TarError:
            raise UnreadableBundle(
                f"{self._path.name} does not hold a tar archive; nothing was read."
            ) from None


def _check_member(info: tarfile.TarInfo, registry: NameRegistry) -> str | None:
    """Refuse anything but plain files and folders; the file's name, None for a folder.

    One leading "./" is dropped, as GNU tar writes it for ``tar -cf - .``.
    """
    name = info.name.removeprefix("./") if info.name != "." else ""
    shown = show_name(info.name)
    if info.issparse():
        raise HostileBundle(f"The bundle member {shown} is a sparse file; nothing was read.")
    if info.type in _REFUSED_TYPES:
        what = _REFUSED_TYPES[info.type]
        raise HostileBundle(f"The bundle member {shown} {what}; nothing was read.")
    if info.type == tarfile.DIRTYPE:
        if name:
            registry.add_folder(name)
        return None
    if info.type not in _FILE_TYPES:
        raise HostileBundle(
            f"The bundle member {shown} has a tar member type this program does not read; "
            "nothing was read."
        )
    registry.add_file(name)
    return name


def _check_trailer(stream: Any) -> None:
    """After the end-of-archive block only zero padding may follow (else data was hidden
    after a damaged header, where tarfile stops without a word)."""
    while chunk := stream.read(tarfile.RECORDSIZE):
        if chunk.count(0) != len(chunk):
            raise HostileBundle(
                "The bundle has data after the end of its archive (a damaged or doctored "
                "header); nothing was read."
            )


def _is_broken_pipe(failure: BaseException) -> bool:
    """The thread stopped because we stopped reading (done, or refusing), not a fault."""
    return isinstance(failure, BrokenPipeError) or getattr(failure, "errno", None) == errno.EPIPE


def _chunks(handle: IO[bytes], path: Path) -> Iterator[bytes]:
    """A member's bytes; a tar cut off inside the member (tarfile's ReadError, found by
    the fuzz run escaping ``verify``) is the damaged archive it is."""
    while True:
        try:
            chunk = handle.read(CHUNK)
        except tarfile.TarError as exc:
            raise UnreadableBundle(
                f"The archive inside {path.name} is damaged ({exc}); nothing was read."
            ) from None
        if not chunk:
            return
        yield chunk


class _Meter:
    """A read-only stream that refuses to deliver more than it was allowed to."""

    def __init__(self, raw: BinaryIO, first_allowance: int) -> None:
        self._raw = raw
        self._consumed = 0
        self._allowed = first_allowance + STREAM_BUFFER

    def allow(self, size: int) -> None:
        """From here on, at most ``size`` more bytes (plus tarfile's read-ahead)."""
        self._allowed = self._consumed + size + STREAM_BUFFER

    def read(self, size: int = -1, /) -> bytes:
        data = self._raw.read(size if size >= 0 else CHUNK)
        self._consumed += len(data)
        if self._consumed > self._allowed:
            raise HostileBundle(
                "The bundle has an archive header larger than any bundle needs "
                "(a memory bomb); nothing was read."
            )
        return data

    def write(self, data: bytes, /) -> int:
        raise OSError("read-only stream")

    def tell(self) -> int:
        return self._consumed

    def seek(self, position: int, /) -> int:
        raise OSError("not seekable")

    def close(self) -> None:
        """The pipe belongs to DecryptedTar, which closes it."""
