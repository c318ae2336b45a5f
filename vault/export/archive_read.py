"""Opening a bundle for ``verify`` and ``import``: a folder, a ``.zip`` or an ``.age`` file.

:func:`open_bundle` walks the whole bundle once before returning: every name, type and
size is checked (see archive_names, archive_zip, archive_tar for what is refused and
why) and every regular file is hashed with SHA-256 and SHA-512, so the BagIt check needs
no second read. Nothing is extracted and nothing is written anywhere: an ``.age`` bundle
is decrypted into memory through a pipe, never to a temporary file.

Later reads (:meth:`BundleContents.read`, ``chunks``, ``walk``) are checked against the
SHA-256 taken on that first pass, so a bundle swapped or changed on disk between the
check and the import is noticed instead of imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any, Protocol

from vault.core.keyslots import load_age_identities
from vault.core.progress import NO_WORK, Work
from vault.export.archive_limits import (
    CHUNK,
    DEFAULT_LIMITS,
    Member,
    MemberTally,
    ReadLimits,
    measure,
)
from vault.export.archive_names import NameRegistry
from vault.export.archive_tar import AgeSource
from vault.export.archive_zip import ZipSource
from vault.export.errors import HostileBundle, UnreadableBundle, show_name

AGE_MAGIC = (b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


class _Source(Protocol):
    kind: str
    work: Work  # what scan reports its bytes to

    def scan(self) -> tuple[list[Member], dict[str, bytes]]: ...

    def stream(self, name: str) -> Iterator[bytes]: ...

    def walk(self) -> Iterator[tuple[str, Iterator[bytes]]]: ...

    def close(self) -> None: ...


class BundleContents:
    """A checked bundle: its regular files by relative POSIX path, measured and hashed.

    ``kind`` is "folder", "zip" or "age". Use as a context manager (a zip stays open).
    """

    def __init__(
        self,
        path: Path,
        source: _Source,
        members: list[Member],
        retained: dict[str, bytes],
        limits: ReadLimits,
    ) -> None:
        self.path = path
        self.kind = source.kind
        self.limits = limits
        self._source = source
        self._retained = retained
        self.members: Mapping[str, Member] = MappingProxyType(
            {member.name: member for member in sorted(members, key=lambda m: m.name)}
        )

    def names(self) -> list[str]:
        """Every regular file, sorted (folders are implied by the names)."""
        return list(self.members)

    def __contains__(self, name: object) -> bool:
        return name in self.members

    def __len__(self) -> int:
        return len(self.members)

    def member(self, name: str) -> Member:
        """The measured member, or UnreadableBundle when the bundle has no such file."""
        try:
            return self.members[name]
        except KeyError:
            raise UnreadableBundle(f"The bundle has no file {show_name(name)}.") from None

    def read(self, name: str, max_bytes: int | None = None) -> bytes:
        """The whole member in memory; HostileBundle if it is larger than ``max_bytes``."""
        member = self.member(name)
        if max_bytes is not None and member.size > max_bytes:
            raise HostileBundle(
                f"The bundle member {show_name(name)} is {member.size:,} bytes, more than the "
                f"{max_bytes:,} allowed for it; nothing was read."
            )
        if name in self._retained:
            return self._retained[name]
        return b"".join(self.chunks(name))

    def chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes in chunks, with bounded memory.

        Raises UnreadableBundle after the last chunk if the bytes are not the ones hashed
        when the bundle was opened: a consumer must treat what it received as void then.
        """
        member = self.member(name)
        if name in self._retained:
            return iter((self._retained[name],))
        return _verified(member, self._source.stream(name))

    def walk(self) -> Iterator[tuple[Member, Iterator[bytes]]]:
        """Every member once, in archive order, each with its (verified) chunks; for an
        ``.age`` bundle this is a single decryption pass. Consume each before the next."""
        for name, chunks in self._source.walk():
            member = self.member(name)
            if name in self._retained:
                yield member, iter((self._retained[name],))
            else:
                yield member, _verified(member, chunks)

    def close(self) -> None:
        self._retained = {}
        self._source.close()

    def __enter__(self) -> BundleContents:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_bundle(
    path: Path,
    identity: Path | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
    work: Work = NO_WORK,
) -> BundleContents:
    """Open and check a bundle given as a folder, a zip file or an ``.age`` file.

    The format is recognized from the content, not the name. An ``.age`` file needs
    ``identity`` (an age identity file); without it, or with one that does not open it,
    UnreadableBundle. Any unsafe structure raises HostileBundle naming the member.
    Nothing is written to disk.  ``work`` gets a "Reading the bundle" phase over the
    bytes scanned and hashed (and may cancel it).
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UnreadableBundle(f"There is no bundle at {path}.") from None
    except OSError as exc:
        raise UnreadableBundle(f"Cannot read {path}: {exc.strerror}.") from None
    source: _Source
    if stat.S_ISDIR(mode):
        source = FolderSource(path, limits)
    elif stat.S_ISREG(mode):
        source = _file_source(path, identity, limits)
    else:
        raise UnreadableBundle(f"{path} is neither a folder nor a file.")
    source.work = work
    work.phase("Reading the bundle")
    try:
        members, retained = source.scan()
        work.finish()
    except BaseException:
        source.close()
        raise
    return BundleContents(path, source, members, retained, limits)


def _file_source(path: Path, identity: Path | None, limits: ReadLimits) -> _Source:
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise UnreadableBundle(f"Cannot read {path}: {exc.strerror}.") from None
    if head.startswith(AGE_MAGIC):
        if identity is None:
            raise UnreadableBundle(
                f"{path.name} is encrypted (age): give the identity file that opens it.",
                data={"file": str(path)},
                hint="age-identity",
            )
        return AgeSource(path, load_age_identities(str(identity)), limits)
    if head.startswith(ZIP_MAGIC):
        return ZipSource(path, limits)
    raise UnreadableBundle(
        f"{path.name} is not a bundle: expected a folder, a .zip file or an .age file."
    )


class FolderSource:
    """A bundle laid out in a folder. Links, devices, FIFOs and sockets inside are
    refused; files are opened without following links at any level."""

    kind = "folder"

    def __init__(self, root: Path, limits: ReadLimits) -> None:
        self.root = root
        self.limits = limits
        self.work = NO_WORK
        self._names: list[str] = []

    def scan(self) -> tuple[list[Member], dict[str, bytes]]:
        tally = MemberTally(self.limits)
        registry = NameRegistry()
        sizes: dict[str, int] = {}
        pending = [""]
        while pending:
            folder = pending.pop()
            for entry in self._entries(folder):
                name = f"{folder}/{entry.name}" if folder else entry.name
                tally.count_entry()
                if entry.is_symlink():
                    raise HostileBundle(
                        f"The bundle member {show_name(name)} is a symbolic link; nothing was read."
                    )
                if entry.is_dir(follow_symlinks=False):
                    registry.add_folder(name)
                    pending.append(name)
                elif entry.is_file(follow_symlinks=False):
                    registry.add_file(name)
                    sizes[name] = entry.stat(follow_symlinks=False).st_size
                    tally.declare(name, sizes[name])
                else:
                    raise HostileBundle(
                        f"The bundle member {show_name(name)} is a device, FIFO or socket; "
                        "nothing was read."
                    )
        self._names = sorted(sizes)
        self.work.set_total(sum(sizes.values()))
        members = [
            measure(name, self.stream(name), sizes[name], False, self.work)[0]
            for name in self._names
        ]
        return members, {}

    def _entries(self, folder: str) -> list[os.DirEntry[str]]:
        try:
            with os.scandir(self.root / folder if folder else self.root) as found:
                return sorted(found, key=lambda entry: entry.name)
        except OSError as exc:
            raise UnreadableBundle(
                f"Cannot read the folder {show_name(folder or str(self.root))}: {exc.strerror}."
            ) from None

    def stream(self, name: str) -> Iterator[bytes]:
        fd = _open_beneath(self.root, name)
        with os.fdopen(fd, "rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk

    def walk(self) -> Iterator[tuple[str, Iterator[bytes]]]:
        for name in self._names:
            yield name, self.stream(name)

    def close(self) -> None:
        """Nothing is held open between reads."""


def _open_beneath(root: Path, name: str) -> int:
    """A read-only descriptor for ``root/name`` that follows no link at any level and
    opens nothing but a regular file (O_NONBLOCK: a FIFO swapped in cannot hang us)."""
    directory = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        *folders, filename = name.split("/")
        for part in folders:
            inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=directory)
            os.close(directory)
            directory = inner
        fd = os.open(filename, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=directory)
    except OSError as exc:
        raise UnreadableBundle(
            f"Cannot open the bundle member {show_name(name)} ({exc.strerror}): it was "
            "removed or replaced by a link while being read."
        ) from None
    finally:
        os.close(directory)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise HostileBundle(f"The bundle member {show_name(name)} is not a regular file.")
    return fd


def _verified(member: Member, chunks: Iterator[bytes]) -> Iterator[bytes]:
    digest = hashlib.sha256()
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > member.size:
            break
        digest.update(chunk)
        yield chunk
    if size != member.size or digest.hexdigest() != member.sha256:
        raise UnreadableBundle(
            f"The bundle member {show_name(member.name)} changed while it was being read "
            "(is another program writing to the bundle?); do not use what was read."
        )


def read_json(contents: BundleContents, name: str, max_bytes: int | None = None) -> Any:
    """Parse one JSON document from the bundle, refusing: more than ``max_bytes`` (default
    ``limits.max_json_bytes``), non-UTF-8, duplicate keys (two readers could disagree on
    which one counts), NaN/Infinity, and nesting too deep to parse."""
    return _parse_json(contents, name, max_bytes, lines=False)


def read_json_lines(contents: BundleContents, name: str, max_bytes: int | None = None) -> list[Any]:
    """Parse a JSON Lines file (one document per non-empty line) with read_json's rules."""
    parsed: list[Any] = _parse_json(contents, name, max_bytes, lines=True)
    return parsed


def _parse_json(contents: BundleContents, name: str, max_bytes: int | None, lines: bool) -> Any:
    limit = contents.limits.max_json_bytes if max_bytes is None else max_bytes
    raw = contents.read(name, max_bytes=limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableBundle(f"{show_name(name)} in the bundle is not UTF-8.") from None
    try:
        if lines:
            return [_strict_loads(line) for line in text.split("\n") if line.strip()]
        return _strict_loads(text)
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise UnreadableBundle(
            f"{show_name(name)} in the bundle is not valid JSON ({reason})."
        ) from None


def _strict_loads(text: str) -> Any:
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {show_name(key, 40)} appears twice")
        result[key] = value
    return result


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not a JSON number")
