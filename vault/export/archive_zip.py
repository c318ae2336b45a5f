"""Reading a bundle from a zip file, refusing every structure a hostile zip can use.

Python's ``zipfile`` (3.11) reads the central directory and trusts it: it does not notice
entries whose data overlap (the "overlapping files" bomb: many entries inflating the same
compressed bytes), nor a local header whose name differs from the central directory's
(different tools then see different files). Both are checked here from the raw bytes.
"""

from __future__ import annotations

import itertools
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from vault.core.progress import NO_WORK
from vault.export.archive_limits import CHUNK, Member, MemberTally, ReadLimits, measure
from vault.export.archive_names import MAX_NAME_CHARS, NameRegistry
from vault.export.errors import HostileBundle, UnreadableBundle, show_name

LOCAL_HEADER = struct.Struct("<4s5H3L2H")
LOCAL_SIGNATURE = b"PK\x03\x04"
END_RECORD = struct.Struct("<4s4H2LH")
END_SIGNATURE = b"PK\x05\x06"
ZIP64_LOCATOR = struct.Struct("<4sLQL")
ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
ZIP64_END_RECORD = struct.Struct("<4sQ2H2L4Q")
ZIP64_END_SIGNATURE = b"PK\x06\x06"
UNICODE_PATH_EXTRA = 0x7075  # Info-ZIP: a second name that unzip and 7-Zip prefer
UTF8_FLAG = 0x800
ENCRYPTED_FLAG = 0x1
UNIX = 3


class ZipSource:
    """A zip bundle: checked on :meth:`scan`, members streamed from the open file."""

    kind = "zip"

    def __init__(self, path: Path, limits: ReadLimits) -> None:
        self.path = path
        self.limits = limits
        self.work = NO_WORK
        try:
            # zipfile builds an object per central directory entry before we could count
            # them: millions of entries would exhaust memory, so count from the end record.
            with open(path, "rb") as handle:
                _check_end_record(handle, limits)
            self._zip = zipfile.ZipFile(path)
        # NotImplementedError: an entry needing a newer zip version than zipfile reads
        # ("zip file version 9.5"; found by atheris).
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            OSError,
            ValueError,
            NotImplementedError,
        ) as exc:
            raise UnreadableBundle(
                f"{path.name} is not a readable zip archive ({exc}); nothing was read."
            ) from None
        self._files: dict[str, zipfile.ZipInfo] = {}

    def scan(self) -> tuple[list[Member], dict[str, bytes]]:
        """Check every entry's name, type, size and position, then hash every file."""
        infos = self._zip.infolist()
        tally = MemberTally(self.limits)
        tally.expect(len(infos))
        registry = NameRegistry()
        for info in infos:
            self._check_entry(info, registry, tally)
        self._check_positions(infos)
        self.work.set_total(sum(info.file_size for info in self._files.values()))
        members = [
            measure(name, self.stream(name), info.file_size, False, self.work)[0]
            for name, info in sorted(self._files.items())
        ]
        return members, {}

    def stream(self, name: str) -> Iterator[bytes]:
        """The member's bytes, decompressed in chunks (zipfile checks the CRC at the end)."""
        info = self._files[name]
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(CHUNK):
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
            raise UnreadableBundle(
                f"The zip member {show_name(name)} is damaged ({exc}); nothing was read."
            ) from None

    def walk(self) -> Iterator[tuple[str, Iterator[bytes]]]:
        for name in sorted(self._files):
            yield name, self.stream(name)

    def close(self) -> None:
        self._zip.close()

    def _check_entry(
        self, info: zipfile.ZipInfo, registry: NameRegistry, tally: MemberTally
    ) -> None:
        tally.count_entry()
        raw_name = info.orig_filename
        shown = show_name(raw_name)
        if info.flag_bits & ENCRYPTED_FLAG:
            raise UnreadableBundle(f"The zip member {shown} is encrypted; nothing was read.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnreadableBundle(
                f"The zip member {shown} uses a compression method other than deflate; "
                "nothing was read."
            )
        if not info.flag_bits & UTF8_FLAG and not raw_name.isascii():
            raise HostileBundle(
                f"The zip member {shown} has a non-ASCII name without the UTF-8 flag (its "
                "name depends on the tool that reads it); nothing was read."
            )
        if _has_extra(info.extra, UNICODE_PATH_EXTRA):
            raise HostileBundle(
                f"The zip member {shown} carries a second (Unicode path) name that other "
                "tools would use instead; nothing was read."
            )
        kind = stat.S_IFMT(info.external_attr >> 16) if info.create_system == UNIX else 0
        if kind == stat.S_IFLNK:
            raise HostileBundle(f"The zip member {shown} is a symbolic link; nothing was read.")
        is_folder = raw_name.endswith("/")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR) or (kind == stat.S_IFDIR) != is_folder:
            raise HostileBundle(
                f"The zip member {shown} is a device, FIFO or other special file; nothing was read."
            )
        if is_folder:
            registry.add_folder(raw_name[:-1])
            if info.file_size or info.compress_size:
                raise HostileBundle(f"The zip folder entry {shown} holds data; nothing was read.")
            return
        registry.add_file(raw_name)
        tally.declare(raw_name, info.file_size)
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise HostileBundle(f"The zip member {shown} has inconsistent sizes; nothing was read.")
        limits = self.limits
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise HostileBundle(
                f"The zip member {shown} would expand more than {limits.max_ratio}:1 "
                f"({info.compress_size:,} to {info.file_size:,} bytes): a zip bomb; "
                "nothing was read."
            )
        self._files[raw_name] = info

    def _check_positions(self, infos: list[zipfile.ZipInfo]) -> None:
        """Each entry's local header matches the central directory and no two entries'
        bytes overlap, nor run into the central directory."""
        spans: list[tuple[int, int, str]] = []
        with open(self.path, "rb") as handle:
            for info in infos:
                start = info.header_offset
                local_name, local_extra = _local_header(handle, start, info.orig_filename)
                central_name = info.orig_filename.encode(
                    "utf-8" if info.flag_bits & UTF8_FLAG else "cp437"
                )
                if local_name != central_name:
                    raise HostileBundle(
                        f"The zip member {show_name(info.orig_filename)} has another name "
                        f"({show_name(local_name.decode('utf-8', 'replace'))}) in its local "
                        "header: tools would disagree about what it holds; nothing was read."
                    )
                if _has_extra(local_extra, UNICODE_PATH_EXTRA):
                    raise HostileBundle(
                        f"The zip member {show_name(info.orig_filename)} carries a second "
                        "(Unicode path) name that other tools would use; nothing was read."
                    )
                end = start + LOCAL_HEADER.size + len(local_name) + len(local_extra)
                spans.append((start, end + info.compress_size, info.orig_filename))
        spans.sort()
        for (_, end, name), (start, _, other) in itertools.pairwise(spans):
            if start < end:
                raise HostileBundle(
                    f"The zip entries {show_name(name)} and {show_name(other)} overlap (the "
                    "same bytes counted twice: a zip bomb or a smuggled file); nothing was read."
                )
        if spans and spans[-1][1] > self._zip.start_dir:
            raise HostileBundle(
                f"The zip member {show_name(spans[-1][2])} runs into the central directory; "
                "nothing was read."
            )


def _check_end_record(handle: BinaryIO, limits: ReadLimits) -> None:
    """Refuse a zip whose end record announces more entries, or a larger central
    directory, than the limits allow. Finds the record as zipfile does (at the very end,
    else the last signature in the final 64 KiB), and prefers the ZIP64 record as it does;
    when no record is found, zipfile's own error says so."""
    size = handle.seek(0, os.SEEK_END)
    tail_size = min(size, END_RECORD.size + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    position = len(tail) - END_RECORD.size
    if not (tail[position:].startswith(END_SIGNATURE) and tail[-2:] == b"\0\0"):
        position = tail.rfind(END_SIGNATURE)
        if position < 0 or position + END_RECORD.size > len(tail):
            return
    fields = END_RECORD.unpack_from(tail, position)
    entries, directory_size = fields[4], fields[5]
    record_at = size - tail_size + position
    if record_at >= ZIP64_LOCATOR.size:
        handle.seek(record_at - ZIP64_LOCATOR.size)
        locator = handle.read(ZIP64_LOCATOR.size)
        if locator.startswith(ZIP64_LOCATOR_SIGNATURE) and record_at >= 76:
            handle.seek(record_at - ZIP64_LOCATOR.size - ZIP64_END_RECORD.size)
            record = handle.read(ZIP64_END_RECORD.size)
            if record.startswith(ZIP64_END_SIGNATURE):
                zip64 = ZIP64_END_RECORD.unpack(record)
                entries, directory_size = zip64[7], zip64[8]
    if entries > limits.max_members:
        raise HostileBundle(
            f"The bundle has more than {limits.max_members:,} members; nothing was read."
        )
    # Generous: every entry with the longest name allowed and 1 KiB of extra fields.
    if directory_size > limits.max_members * (46 + 4 * MAX_NAME_CHARS + 1024):
        raise HostileBundle(
            "The zip's central directory is larger than any bundle needs; nothing was read."
        )


def _local_header(handle: BinaryIO, offset: int, name: str) -> tuple[bytes, bytes]:
    # zipfile shifts offsets by the bytes it thinks were prepended; a directory that
    # lies about its own position makes that shift negative (fuzz crasher: seek raised).
    if offset >= 0:
        handle.seek(offset)
    header = handle.read(LOCAL_HEADER.size) if offset >= 0 else b""
    if len(header) != LOCAL_HEADER.size or header[:4] != LOCAL_SIGNATURE:
        raise HostileBundle(
            f"The zip member {show_name(name)} points at no local header; nothing was read."
        )
    fields = LOCAL_HEADER.unpack(header)
    name_length, extra_length = fields[-2], fields[-1]
    local_name = handle.read(name_length)
    local_extra = handle.read(extra_length)
    if len(local_name) != name_length or len(local_extra) != extra_length:
        raise HostileBundle(
            f"The zip member {show_name(name)} has a truncated local header; nothing was read."
        )
    return local_name, local_extra


def _has_extra(extra: bytes, wanted: int) -> bool:
    """Whether the extra-field block holds a record with tag ``wanted``."""
    position = 0
    while position + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, position)
        if tag == wanted:
            return True
        position += 4 + length
    return False
