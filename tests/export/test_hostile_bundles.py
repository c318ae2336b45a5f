"""Every hostile structure DESIGN.md lists, built for real, is refused with a clear
one-line message, and nothing is written anywhere while refusing it."""

from __future__ import annotations

import os
import stat
import struct
import subprocess
import tarfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.export.bundle_builders import (
    AgeKey,
    RawEntry,
    age_key,
    raw_zip,
    snapshot,
    tar_bytes,
    tar_member,
    write_age,
)
from vault.core.errors import InputError
from vault.export.archive_limits import DEFAULT_LIMITS, ReadLimits
from vault.export.archive_read import open_bundle
from vault.export.errors import HostileBundle, UnreadableBundle

NFC_A = "data/\u00c4.txt"  # Ä as one code point
NFD_A = "data/A\u0308.txt"  # A followed by a combining diaeresis


@pytest.fixture
def key(tmp_path: Path) -> AgeKey:
    return age_key(tmp_path)


def _refused(
    tmp_path: Path,
    bundle: Path,
    message: str,
    *,
    identity: Path | None = None,
    error: type[InputError] = HostileBundle,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> str:
    """Open ``bundle``, expect a refusal matching ``message``, and check that the refusal
    is one line and that nothing under tmp_path was created or changed."""
    before = snapshot(tmp_path)
    with pytest.raises(error, match=message) as refused:
        open_bundle(bundle, identity, limits)
    assert snapshot(tmp_path) == before
    text = str(refused.value)
    assert "\n" not in text and "\r" not in text
    return text


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def _age_tar(
    tmp_path: Path, key: AgeKey, members: Sequence[tuple[tarfile.TarInfo, bytes | None]]
) -> Path:
    return write_age(tar_bytes(members), key.recipient, tmp_path / "hostile.age")


TRAVERSAL_NAMES = [
    ("../evil.txt", "climbs out"),
    ("data/../../evil.txt", "climbs out"),
    ("/etc/cron.d/evil", "absolute path"),
    ("C:/Users/evil.txt", "absolute path"),
    ("data\\..\\..\\evil.txt", "backslash"),
    ("%2e%2e/evil.txt", "percent-encoded"),
    ("data%2f..%2f..%2fevil.txt", "percent-encoded"),
    ("%252e%252e/evil.txt", "percent-encoded"),
    ("data/evil\n.txt", "control character"),
    ("data//evil.txt", "empty or '.'"),
    ("./data/evil.txt", "empty or '.'"),
]

COLLISIONS = [
    ([NFC_A, NFD_A], "Unicode normalization"),
    (["data/a.txt", "data/A.txt"], "differ only in case"),
    (["Data/x.txt", "data/y.txt"], "differ only in case"),
    (["data/x", "data/x/y.txt"], "both a file and a folder"),
    (["data/ﬁle.txt", "data/FILE.txt"], "look-alike"),
]


@pytest.mark.parametrize(("name", "message"), TRAVERSAL_NAMES)
def test_zip_traversal_names_are_refused(tmp_path: Path, name: str, message: str) -> None:
    bundle = _zip(tmp_path / "hostile.zip", [("bagit.txt", b"v"), (name, b"payload")])
    text = _refused(tmp_path, bundle, message)
    assert "nothing was read" in text


@pytest.mark.parametrize(("name", "message"), TRAVERSAL_NAMES)
def test_tar_traversal_names_are_refused(
    tmp_path: Path, key: AgeKey, name: str, message: str
) -> None:
    if name.startswith("./"):
        name = "./" + name  # one leading "./" is GNU tar's habit and accepted; two are not
    bundle = _age_tar(tmp_path, key, [(tar_member(name), b"payload")])
    _refused(tmp_path, bundle, message, identity=key.identity)


def test_a_nul_byte_in_a_zip_name_is_refused(tmp_path: Path) -> None:
    # zipfile cuts names at NUL when writing, so the byte is patched in afterwards.
    data = raw_zip([RawEntry(b"data/evil.txt\x00.jpg", b"payload")])
    bundle = tmp_path / "nul.zip"
    bundle.write_bytes(data)
    _refused(tmp_path, bundle, "NUL byte")


@pytest.mark.parametrize(("names", "message"), COLLISIONS)
def test_zip_name_collisions_are_refused(tmp_path: Path, names: list[str], message: str) -> None:
    bundle = _zip(tmp_path / "hostile.zip", [(name, b"x") for name in names])
    _refused(tmp_path, bundle, message)


@pytest.mark.parametrize(("names", "message"), COLLISIONS)
def test_tar_name_collisions_are_refused(
    tmp_path: Path, key: AgeKey, names: list[str], message: str
) -> None:
    bundle = _age_tar(tmp_path, key, [(tar_member(name), b"x") for name in names])
    _refused(tmp_path, bundle, message, identity=key.identity)


def test_a_name_twice_is_refused(tmp_path: Path, key: AgeKey) -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        bundle = _zip(tmp_path / "twice.zip", [("data/a.txt", b"1"), ("data/a.txt", b"2")])
    _refused(tmp_path, bundle, "appears twice")
    twice = _age_tar(tmp_path, key, [(tar_member("data/a.txt"), b"1")] * 2)
    _refused(tmp_path, twice, "appears twice", identity=key.identity)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (tarfile.SYMTYPE, "is a symbolic link"),
        (tarfile.LNKTYPE, "is a hard link"),
        (tarfile.CHRTYPE, "is a character device"),
        (tarfile.BLKTYPE, "is a block device"),
        (tarfile.FIFOTYPE, "is a FIFO"),
    ],
)
def test_tar_links_and_devices_are_refused(
    tmp_path: Path, key: AgeKey, kind: bytes, message: str
) -> None:
    members = [
        (tar_member("bagit.txt"), b"BagIt-Version: 1.0\n"),
        (tar_member("data/passwd", kind, linkname="/etc/passwd"), None),
    ]
    bundle = _age_tar(tmp_path, key, members)
    text = _refused(tmp_path, bundle, message, identity=key.identity)
    assert "data/passwd" in text


@pytest.mark.parametrize("tar_format", ["gnu", "posix"])
def test_sparse_tar_members_are_refused(tmp_path: Path, key: AgeKey, tar_format: str) -> None:
    source = tmp_path / "source"
    source.mkdir()
    holey = source / "holey.bin"
    with open(holey, "wb") as handle:
        handle.write(b"start")
        handle.seek(4 << 20)
        handle.write(b"end")
    archive = subprocess.run(
        ["tar", "--sparse", f"--format={tar_format}", "-C", str(source), "-cf", "-", "holey.bin"],
        capture_output=True,
        check=True,
    ).stdout
    bundle = write_age(archive, key.recipient, tmp_path / "sparse.age")
    _refused(tmp_path, bundle, "holey.bin is a sparse file", identity=key.identity)


def test_zip_symlinks_and_devices_are_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("data/link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    bundle = _zip(tmp_path / "link.zip", [(link, b"/etc/passwd")])
    _refused(tmp_path, bundle, "data/link is a symbolic link")
    device = zipfile.ZipInfo("data/tty")
    device.create_system = 3
    device.external_attr = (stat.S_IFCHR | 0o666) << 16
    bundle = _zip(tmp_path / "device.zip", [(device, b"")])
    _refused(tmp_path, bundle, "data/tty is a device, FIFO or other special file")


def test_overlapping_zip_entries_are_refused(tmp_path: Path) -> None:
    # Entry a's data, as the central directory declares it, runs over entry b's local
    # header and data: the same bytes would be inflated twice (the overlap bomb's trick).
    first, second = RawEntry(b"data/a.txt", b"A" * 64), RawEntry(b"data/b.txt", b"B" * 64)
    first.central_size = 64 + 30 + len(second.name) + 64
    bundle = tmp_path / "overlap.zip"
    bundle.write_bytes(raw_zip([first, second]))
    with zipfile.ZipFile(bundle) as archive:  # Python 3.11's zipfile sees nothing wrong
        assert [info.filename for info in archive.infolist()] == ["data/a.txt", "data/b.txt"]
    _refused(tmp_path, bundle, "data/a.txt and data/b.txt overlap")


def test_a_zip_entry_reaching_into_the_central_directory_is_refused(tmp_path: Path) -> None:
    bundle = tmp_path / "long.zip"
    bundle.write_bytes(raw_zip([RawEntry(b"data/a.txt", b"A" * 64, central_size=200)]))
    _refused(tmp_path, bundle, "runs into the central directory")


def test_a_local_header_name_that_differs_is_refused(tmp_path: Path) -> None:
    entry = RawEntry(b"../../.bashrc", b"payload", central_name=b"data/notes.txt")
    bundle = tmp_path / "two-names.zip"
    bundle.write_bytes(raw_zip([entry]))
    _refused(tmp_path, bundle, r"data/notes.txt has another name \(\.\./\.\./\.bashrc\)")


def test_a_second_unicode_path_name_is_refused(tmp_path: Path) -> None:
    target = b"../evil.txt"
    extra = (0x7075).to_bytes(2, "little") + (5 + len(target)).to_bytes(2, "little")
    extra += b"\x01" + (0).to_bytes(4, "little") + target
    bundle = tmp_path / "unicode-path.zip"
    bundle.write_bytes(raw_zip([RawEntry(b"data/ok.txt", b"x", extra=extra)]))
    _refused(tmp_path, bundle, "second \\(Unicode path\\) name")


def test_a_non_ascii_name_without_the_utf8_flag_is_refused(tmp_path: Path) -> None:
    bundle = tmp_path / "cp437.zip"
    bundle.write_bytes(raw_zip([RawEntry("data/é.txt".encode(), b"x", flags=0)]))
    _refused(tmp_path, bundle, "without the UTF-8 flag")


def test_an_encrypted_zip_entry_is_refused(tmp_path: Path) -> None:
    bundle = tmp_path / "encrypted.zip"
    bundle.write_bytes(raw_zip([RawEntry(b"data/a.txt", b"x", flags=0x801)]))
    _refused(tmp_path, bundle, "is encrypted", error=UnreadableBundle)


def test_a_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    bundle = _zip(tmp_path / "bomb.zip", [("data/zeros.bin", bytes(8 << 20))])
    assert bundle.stat().st_size < 100_000
    _refused(tmp_path, bundle, "zip bomb")


def test_size_caps_per_member_and_in_total(tmp_path: Path, key: AgeKey) -> None:
    small = ReadLimits(max_member_bytes=1000, max_total_bytes=3000)
    one_big = _zip(tmp_path / "big.zip", [("data/a.bin", os.urandom(2000))])
    _refused(tmp_path, one_big, "declares 2,000 bytes", limits=small)
    many = _zip(tmp_path / "many.zip", [(f"data/{i}.bin", os.urandom(900)) for i in range(4)])
    _refused(tmp_path, many, "more than 3,000 bytes in all", limits=small)
    tar_big = _age_tar(tmp_path, key, [(tar_member("data/a.bin"), os.urandom(2000))])
    _refused(tmp_path, tar_big, "declares 2,000 bytes", identity=key.identity, limits=small)


def test_more_than_ten_thousand_zip_members_are_refused(tmp_path: Path) -> None:
    bundle = tmp_path / "crowd.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for index in range(10_001):
            archive.writestr(f"data/{index}.txt", b"")
    _refused(tmp_path, bundle, "more than 10,000 members")


def test_more_than_ten_thousand_tar_members_are_refused(tmp_path: Path, key: AgeKey) -> None:
    members = [(tar_member(f"data/{index}.txt"), b"") for index in range(10_001)]
    bundle = _age_tar(tmp_path, key, members)
    _refused(tmp_path, bundle, "more than 10,000 members", identity=key.identity)


def test_a_giant_pax_header_is_refused_as_a_memory_bomb(tmp_path: Path, key: AgeKey) -> None:
    member = tar_member("data/a.txt")
    member.pax_headers = {"comment": "x" * (3 << 20)}
    bundle = _age_tar(tmp_path, key, [(member, b"x")])
    _refused(tmp_path, bundle, "memory bomb", identity=key.identity)


def test_data_hidden_after_the_end_of_the_tar_is_refused(tmp_path: Path, key: AgeKey) -> None:
    archive = tar_bytes([(tar_member("data/a.txt"), b"visible")])
    smuggled = tar_bytes([(tar_member("data/hidden.txt"), b"after the end")])
    bundle = write_age(archive + smuggled, key.recipient, tmp_path / "trailing.age")
    _refused(tmp_path, bundle, "data after the end", identity=key.identity)


def test_folder_links_fifos_and_crowds_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "bundle"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "passwd").symlink_to("/etc/passwd")
    _refused(tmp_path, folder, "data/passwd is a symbolic link")
    (folder / "data" / "passwd").unlink()
    (folder / "data" / "etc").symlink_to("/etc", target_is_directory=True)
    _refused(tmp_path, folder, "data/etc is a symbolic link")
    (folder / "data" / "etc").unlink()
    os.mkfifo(folder / "data" / "pipe")
    _refused(tmp_path, folder, "data/pipe is a device, FIFO or socket")
    (folder / "data" / "pipe").unlink()
    # The member cap is the same code for every form (10,001 real members are tested for
    # zip and tar above); a lower cap keeps this test from creating 10,000 files.
    crowd = folder / "data" / "crowd"
    crowd.mkdir()
    for index in range(100):
        (crowd / f"{index}.txt").touch()
    _refused(tmp_path, folder, "more than 100 members", limits=ReadLimits(max_members=100))


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["a.txt", "A.txt"], "differ only in case"),
        ([NFC_A, NFD_A], "Unicode normalization"),
        (["data/a\\b.txt"], "backslash"),
        (["data/%2e%2e"], "percent-encoded"),
        (["data/line\nbreak.txt"], "control character"),
    ],
)
def test_folder_names_follow_the_same_rules(tmp_path: Path, names: list[str], message: str) -> None:
    folder = tmp_path / "bundle"
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"x")
    _refused(tmp_path, folder, message)


def test_a_zip_announcing_too_many_entries_is_refused_before_parsing(tmp_path: Path) -> None:
    # zipfile would build one object per central directory entry before anyone could
    # count them; the end record's count is checked first, in the plain and ZIP64 forms.
    data = bytearray(raw_zip([RawEntry(b"data/a.txt", b"x")]))
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<2H", data, end + 8, 20_000, 20_000)
    bundle = tmp_path / "announces.zip"
    bundle.write_bytes(bytes(data))
    _refused(tmp_path, bundle, "more than 10,000 members")
    plain = raw_zip([RawEntry(b"data/a.txt", b"x")])
    end = plain.rindex(b"PK\x05\x06")
    directory_size, directory_at = struct.unpack_from("<2L", plain, end + 12)
    zip64_end = struct.pack(
        "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, 20_000, 20_000, directory_size, directory_at
    )
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end, 1)
    bundle64 = tmp_path / "announces64.zip"
    bundle64.write_bytes(plain[:end] + zip64_end + locator + plain[end:])
    _refused(tmp_path, bundle64, "more than 10,000 members")
