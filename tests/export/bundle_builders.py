"""Building real bundles and real hostile archives for the export tests.

Nothing here mocks a reader: each function writes the bytes a hostile sender would.
"""

from __future__ import annotations

import io
import struct
import subprocess
import tarfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import bagit
import pyrage


@dataclass(frozen=True)
class AgeKey:
    """An age identity file (made by the real age-keygen) and its public recipient."""

    identity: Path
    recipient: str


def age_key(folder: Path, name: str = "identity.txt") -> AgeKey:
    identity = folder / name
    subprocess.run(["age-keygen", "-o", str(identity)], capture_output=True, check=True)
    public = subprocess.run(
        ["age-keygen", "-y", str(identity)], capture_output=True, text=True, check=True
    )
    return AgeKey(identity, public.stdout.strip())


def make_bagit_bag(folder: Path) -> Path:
    """A bag made by the Library of Congress ``bagit`` package, as our export will be."""
    (folder / "statements").mkdir(parents=True)
    (folder / "statements" / "W-003_2021-03-14.txt").write_text(
        "Свидетель W-003 описывает задержание.\n", encoding="utf-8"
    )
    (folder / "attachments").mkdir()
    (folder / "attachments" / "A-001.jpg").write_bytes(bytes(range(256)) * 40)
    (folder / "records.json").write_text('{"persons": []}\n', encoding="utf-8")
    bagit.make_bag(str(folder), checksums=["sha256", "sha512"])
    (folder / "custody").mkdir()
    (folder / "custody" / "custody.jsonl").write_text('{"seq": 1}\n', encoding="utf-8")
    (folder / "VERIFY.txt").write_text("minisign -V -H ...\n", encoding="utf-8")
    # Re-write the tag manifests so they cover the added tag files, as the exporter does.
    bag = bagit.Bag(str(folder))
    bag.save(manifests=False)
    return folder


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every path under ``root`` with its size and modification time (in ns)."""
    found = {}
    for path in sorted(root.rglob("*")):
        stat = path.lstat()
        found[path.relative_to(root).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return found


def tar_bytes(
    members: Sequence[tuple[tarfile.TarInfo, bytes | None]], fmt: int = tarfile.PAX_FORMAT
) -> bytes:
    """A tar archive in memory from prepared headers (data only for regular files)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt) as archive:
        for info, data in members:
            if data is not None:
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
            else:
                archive.addfile(info)
    return buffer.getvalue()


def tar_member(name: str, kind: bytes = tarfile.REGTYPE, linkname: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = linkname
    info.mode = 0o644
    return info


def write_age(data: bytes, recipient: str, out: Path) -> Path:
    """``data`` encrypted to ``recipient`` with pyrage, as a hostile sender could."""
    out.write_bytes(pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient)]))
    return out


@dataclass
class RawEntry:
    """One entry for :func:`raw_zip`; the central directory may disagree with the local
    header on purpose (``central_name``, ``central_size``, ``central_offset``)."""

    name: bytes
    data: bytes
    flags: int = 0x800
    central_name: bytes | None = None
    central_size: int | None = None
    central_offset: int | None = None
    extra: bytes = b""


def raw_zip(entries: list[RawEntry]) -> bytes:
    """A stored (uncompressed) zip written byte by byte, without zipfile's safeguards."""
    out = bytearray()
    offsets = []
    for entry in entries:
        offsets.append(len(out))
        crc = zlib.crc32(entry.data)
        out += struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            20,
            entry.flags,
            0,
            0,
            0x21,
            crc,
            len(entry.data),
            len(entry.data),
            len(entry.name),
            len(entry.extra),
        )
        out += entry.name + entry.extra + entry.data
    central_start = len(out)
    for entry, offset in zip(entries, offsets, strict=True):
        name = entry.central_name if entry.central_name is not None else entry.name
        size = entry.central_size if entry.central_size is not None else len(entry.data)
        out += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            0x031E,
            20,
            entry.flags,
            0,
            0,
            0x21,
            zlib.crc32(entry.data),
            size,
            size,
            len(name),
            len(entry.extra),
            0,
            0,
            0,
            (0o100644 << 16),
            entry.central_offset if entry.central_offset is not None else offset,
        )
        out += name + entry.extra
    central_size = len(out) - central_start
    out += struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), central_size, central_start, 0
    )
    return bytes(out)
