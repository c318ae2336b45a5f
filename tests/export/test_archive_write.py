"""Deterministic zips and age-encrypted tar streams that the stock tools open."""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.export.bundle_builders import age_key, make_bagit_bag, snapshot
from vault.core.errors import InputError
from vault.export.archive_write import (
    SizedChunks,
    bundle_order,
    encrypt_tar_stream,
    folder_files,
    write_zip,
    write_zip_members,
)


def _age_decrypt(identity: Path, bundle: Path) -> bytes:
    return subprocess.run(
        ["age", "-d", "-i", str(identity), str(bundle)], capture_output=True, check=True
    ).stdout


def test_zip_is_byte_identical_whatever_the_file_times_and_permissions(tmp_path: Path) -> None:
    bag = make_bagit_bag(tmp_path / "bag")
    write_zip(bag, tmp_path / "first.zip")
    for path in bag.rglob("*"):
        if path.is_file():
            os.utime(path, (1_700_000_000, 1_700_000_000))
            path.chmod(0o600)
    write_zip(bag, tmp_path / "second.zip")
    assert (tmp_path / "first.zip").read_bytes() == (tmp_path / "second.zip").read_bytes()


def test_zip_carries_no_host_data(tmp_path: Path) -> None:
    bag = make_bagit_bag(tmp_path / "bag")
    (bag / "data" / "run.sh").write_text("#!/bin/sh\n")
    (bag / "data" / "run.sh").chmod(0o755)
    out = tmp_path / "bundle.zip"
    write_zip(bag, out)
    with zipfile.ZipFile(out) as archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        assert names == sorted(names)
        assert names == [name for name, _ in folder_files(bag)]
        for info in infos:
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.extra == b""
            assert info.comment == b""
            assert info.create_system == 3
            assert info.external_attr >> 16 == 0o100644, info.filename
            assert archive.read(info) == (bag / info.filename).read_bytes()
        assert archive.comment == b""
    listing = subprocess.run(
        ["zipinfo", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert "80-Jan-01 00:00" in listing and "-rw-r--r--" in listing
    # The real unzip extracts it and finds every file intact.
    unpacked = tmp_path / "unpacked"
    subprocess.run(["unzip", "-q", str(out), "-d", str(unpacked)], check=True)
    for name, path in folder_files(bag):
        assert (unpacked / name).read_bytes() == path.read_bytes()
    assert not list(tmp_path.glob(".*.partial"))


def test_zip_refuses_an_existing_output_and_unsafe_names(tmp_path: Path) -> None:
    out = tmp_path / "bundle.zip"
    out.write_bytes(b"earlier export")
    with pytest.raises(InputError, match="already exists"):
        write_zip_members([("data/a.txt", b"a")], out)
    assert out.read_bytes() == b"earlier export"
    for bad in ("../evil.txt", "/abs.txt", "data\\x.txt", "data/%2e%2e/x"):
        with pytest.raises(InputError, match="Cannot export a file named"):
            write_zip_members([(bad, b"x")], tmp_path / "other.zip")
    with pytest.raises(InputError, match="twice"):
        write_zip_members([("a.txt", b"1"), ("a.txt", b"2")], tmp_path / "other.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.zip"]


def test_zip_refuses_a_bundle_folder_holding_a_link(tmp_path: Path) -> None:
    bag = tmp_path / "bag"
    bag.mkdir()
    (bag / "link").symlink_to("/etc/hostname")
    with pytest.raises(InputError, match="link or special file"):
        write_zip(bag, tmp_path / "bundle.zip")
    assert not (tmp_path / "bundle.zip").exists()


def test_a_source_that_changes_size_leaves_no_zip_behind(tmp_path: Path) -> None:
    out = tmp_path / "bundle.zip"
    lying = SizedChunks(size=10, chunks=[b"12345"])
    with pytest.raises(InputError, match="changed size"):
        write_zip_members([("data/a.txt", b"fine"), ("data/b.txt", lying)], out)
    assert list(tmp_path.iterdir()) == []


def test_bundle_order_puts_what_a_reader_checks_first() -> None:
    names = [
        "data/records.json",
        "VERIFY.txt",
        "signature/signer.pub",
        "tagmanifest-sha256.txt",
        "manifest-sha512.txt",
        "bag-info.txt",
        "custody/custody.jsonl",
        "manifest-sha256.txt",
        "bagit.txt",
        "signature/tagmanifest-sha256.txt.minisig",
        "tagmanifest-sha512.txt",
    ]
    assert sorted(names, key=bundle_order) == [
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
        "signature/signer.pub",
        "signature/tagmanifest-sha256.txt.minisig",
        "VERIFY.txt",
        "custody/custody.jsonl",
        "data/records.json",
    ]


def test_the_real_age_and_tar_open_our_encrypted_bundle(tmp_path: Path) -> None:
    key = age_key(tmp_path)
    bag = make_bagit_bag(tmp_path / "bag")
    (bag / "signature").mkdir()
    (bag / "signature" / "signer.pub").write_text("untrusted comment: key\nRWQ...\n")
    out = tmp_path / "bundle.age"
    seen: list[int] = []
    encrypt_tar_stream(folder_files(bag), [key.recipient], out, progress=seen.append)
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n")
    plaintext = _age_decrypt(key.identity, out)
    listing = subprocess.run(
        ["tar", "--full-time", "--numeric-owner", "-tvf", "-"],
        input=plaintext,
        capture_output=True,
        check=True,
    ).stdout.decode()
    lines = listing.splitlines()
    expected_names = sorted((name for name, _ in folder_files(bag)), key=bundle_order)
    assert [line.split()[-1] for line in lines] == expected_names
    assert expected_names[:2] == ["bagit.txt", "bag-info.txt"]
    for line in lines:
        assert line.startswith("-rw-r--r-- 0/0 "), line
        assert " 1970-01-01 00:00:00 " in line, line
    with tarfile.open(fileobj=io.BytesIO(plaintext)) as archive:
        assert archive.pax_headers == {}
        for info in archive.getmembers():
            assert (info.uname, info.gname, info.mtime, info.uid, info.gid) == ("", "", 0, 0, 0)
            extracted = archive.extractfile(info)
            assert extracted is not None
            assert extracted.read() == (bag / info.name).read_bytes()
    assert seen[-1] == sum(path.stat().st_size for _, path in folder_files(bag))
    # Only the sources and the encrypted bundle exist: no plaintext tar, no partial file.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bag", "bundle.age", "identity.txt"]


def test_every_recipient_can_open_it(tmp_path: Path) -> None:
    field_office, hq = age_key(tmp_path, "field.txt"), age_key(tmp_path, "hq.txt")
    out = tmp_path / "bundle.age"
    encrypt_tar_stream(
        [("bagit.txt", b"BagIt-Version: 1.0\n"), ("data/Ա.txt", iter([b"one ", b"two"]))],
        [field_office.recipient, hq.recipient],
        out,
    )
    for key in (field_office, hq):
        with tarfile.open(fileobj=io.BytesIO(_age_decrypt(key.identity, out))) as archive:
            member = archive.extractfile("data/Ա.txt")
            assert member is not None and member.read() == b"one two"


def test_streams_large_members_from_chunks_without_gathering_them(tmp_path: Path) -> None:
    key = age_key(tmp_path)
    produced: list[int] = []

    def chunks() -> Iterator[bytes]:
        for index in range(24):
            produced.append(index)
            yield bytes([index]) * (1 << 20)

    out = tmp_path / "bundle.age"
    encrypt_tar_stream([("data/big.bin", SizedChunks(24 << 20, chunks()))], [key.recipient], out)
    plaintext = _age_decrypt(key.identity, out)
    with tarfile.open(fileobj=io.BytesIO(plaintext)) as archive:
        member = archive.extractfile("data/big.bin")
        assert member is not None
        data = member.read()
    assert len(data) == 24 << 20 and data[-1] == 23 and len(produced) == 24


def test_a_failing_source_leaves_no_encrypted_bundle(tmp_path: Path) -> None:
    key = age_key(tmp_path)

    def broken() -> Iterator[bytes]:
        yield b"x" * 1000
        raise InputError("The attachment A-7 failed its integrity check.")

    out = tmp_path / "bundle.age"
    with pytest.raises(InputError, match="A-7 failed"):
        encrypt_tar_stream(
            [("bagit.txt", b"v"), ("data/a.bin", SizedChunks(5000, broken()))],
            [key.recipient],
            out,
        )
    with pytest.raises(InputError, match="changed size"):
        encrypt_tar_stream([("data/a.bin", SizedChunks(5, [b"123456"]))], [key.recipient], out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["identity.txt"]


def test_recipients_are_checked_before_anything_is_written(tmp_path: Path) -> None:
    out = tmp_path / "bundle.age"
    with pytest.raises(InputError, match="age X25519 recipient"):
        encrypt_tar_stream([("a.txt", b"a")], ["age1notakey"], out)
    with pytest.raises(InputError, match="at least one"):
        encrypt_tar_stream([("a.txt", b"a")], [], out)
    assert snapshot(tmp_path) == {}
