"""The in-memory BagIt check agrees with the bagit library and adds DESIGN.md's rules."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import bagit
import pytest

from tests.export.bundle_builders import age_key, make_bagit_bag
from vault.export.archive_read import open_bundle
from vault.export.archive_write import encrypt_tar_stream, folder_files, write_zip
from vault.export.bagit_layout import LayoutReport, check_bag_layout
from vault.export.errors import BagLayoutBroken


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    return make_bagit_bag(tmp_path / "bag")


def _report(path: Path, identity: Path | None = None) -> LayoutReport:
    with open_bundle(path, identity) as contents:
        return check_bag_layout(contents)


def _bagit_library_accepts(path: Path) -> bool:
    return bool(bagit.Bag(str(path)).is_valid())


def _retag(bag: Path) -> None:
    """Re-write the tag manifests after changing a tag file, as a careful forger would."""
    for algorithm in ("sha256", "sha512"):
        lines = []
        for name, path in folder_files(bag):
            if name.startswith(("data/", "signature/", "tagmanifest-")):
                continue
            lines.append(f"{hashlib.new(algorithm, path.read_bytes()).hexdigest()} {name}\n")
        (bag / f"tagmanifest-{algorithm}.txt").write_text("".join(lines))


def test_a_bag_made_by_the_bagit_library_passes_in_every_form(tmp_path: Path, bag: Path) -> None:
    assert _bagit_library_accepts(bag)
    key = age_key(tmp_path)
    write_zip(bag, tmp_path / "bag.zip")
    encrypt_tar_stream(folder_files(bag), [key.recipient], tmp_path / "bag.age")
    for path in (bag, tmp_path / "bag.zip", tmp_path / "bag.age"):
        report = _report(path, key.identity)
        assert report.ok, report.problems
        assert report.bagit_version == "0.97"
        assert report.payload == [
            "data/attachments/A-001.jpg",
            "data/records.json",
            "data/statements/W-003_2021-03-14.txt",
        ]
        assert "custody/custody.jsonl" in report.tag_files
        assert report.bag_info["Payload-Oxum"] == ["10322.3"]
        report.raise_if_broken()


def test_one_changed_payload_byte_is_named(bag: Path) -> None:
    statement = bag / "data" / "statements" / "W-003_2021-03-14.txt"
    data = bytearray(statement.read_bytes())
    data[5] ^= 0x01
    statement.write_bytes(bytes(data))
    assert not _bagit_library_accepts(bag)
    report = _report(bag)
    assert report.problems == [
        "data/statements/W-003_2021-03-14.txt does not match its SHA-256 in "
        "manifest-sha256.txt (changed after the bundle was made)",
        "data/statements/W-003_2021-03-14.txt does not match its SHA-512 in "
        "manifest-sha512.txt (changed after the bundle was made)",
    ]
    with pytest.raises(BagLayoutBroken, match=r"W-003_2021-03-14\.txt does not match") as info:
        report.raise_if_broken()
    assert "\n" not in str(info.value)


def test_an_extra_untracked_file_is_named(bag: Path) -> None:
    (bag / "README.txt").write_text("open me first")
    # bagit.py accepts tag files missing from the tag manifest; DESIGN.md does not.
    assert _bagit_library_accepts(bag)
    report = _report(bag)
    assert "README.txt is not listed in tagmanifest-sha256.txt (untracked file)" in (
        report.problems
    )
    (bag / "README.txt").unlink()
    (bag / "data" / "extra.txt").write_text("slipped in")
    assert not _bagit_library_accepts(bag)
    assert "data/extra.txt is not listed in manifest-sha256.txt (untracked file)" in (
        _report(bag).problems
    )


def test_a_changed_tag_file_is_named(bag: Path) -> None:
    info = bag / "bag-info.txt"
    info.write_text(
        info.read_text().replace("Bagging-Date", "Source-Organization: X\nBagging-Date")
    )
    problems = _report(bag).problems
    assert problems == [
        "bag-info.txt does not match its SHA-256 in tagmanifest-sha256.txt "
        "(changed after the bundle was made)",
        "bag-info.txt does not match its SHA-512 in tagmanifest-sha512.txt "
        "(changed after the bundle was made)",
    ]


def test_signature_files_are_outside_the_tag_manifest_but_nothing_else(bag: Path) -> None:
    (bag / "signature").mkdir()
    (bag / "signature" / "signer.pub").write_text("untrusted comment: k\nRWQ\n")
    (bag / "signature" / "tagmanifest-sha256.txt.minisig").write_text("sig\n")
    assert _report(bag).ok
    (bag / "signature" / "notes.txt").write_text("not a signature")
    assert _report(bag).problems == [
        "signature/notes.txt is not a file the signature folder may hold"
    ]


MUTATIONS: list[tuple[str, Callable[[Path], object], str]] = [
    (
        "fetch",
        lambda bag: (bag / "fetch.txt").write_text("https://example.org/x 10 data/x\n"),
        "fetch.txt is present (it asks to download files from elsewhere; refused)",
    ),
    (
        "no sha512 manifest",
        lambda bag: (bag / "manifest-sha512.txt").unlink(),
        "manifest-sha512.txt is missing",
    ),
    (
        "md5 manifest",
        lambda bag: (bag / "manifest-md5.txt").write_text(""),
        "manifest-md5.txt uses a hash other than SHA-256 or SHA-512",
    ),
    (
        "payload removed",
        lambda bag: (bag / "data" / "records.json").unlink(),
        "manifest-sha256.txt lists data/records.json, which is not in the bundle",
    ),
    (
        "bad version",
        lambda bag: (bag / "bagit.txt").write_text(
            "BagIt-Version: 9.9\nTag-File-Character-Encoding: UTF-8\n"
        ),
        "bagit.txt declares BagIt version 9.9",
    ),
    (
        "byte-order mark",
        lambda bag: (bag / "bagit.txt").write_bytes(
            b"\xef\xbb\xbfBagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
        ),
        "bagit.txt starts with a byte-order mark, which BagIt forbids",
    ),
    (
        "garbage line",
        lambda bag: (bag / "manifest-sha256.txt").write_text(
            (bag / "manifest-sha256.txt").read_text() + "not a hash line\n"
        ),
        "line 4 of manifest-sha256.txt is not a SHA-256 hash and a path",
    ),
    (
        "tag file in payload manifest",
        lambda bag: (bag / "manifest-sha256.txt").write_text(
            (bag / "manifest-sha256.txt").read_text()
            + hashlib.sha256((bag / "bagit.txt").read_bytes()).hexdigest()
            + "  bagit.txt\n"
        ),
        "manifest-sha256.txt lists bagit.txt, which is outside data/",
    ),
    (
        "oxum",
        lambda bag: (bag / "bag-info.txt").write_text(
            (bag / "bag-info.txt").read_text().replace("10322.3", "10322.4")
        ),
        "bag-info.txt gives Payload-Oxum 10322.4 but the payload is 10322.3 (bytes.files)",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "problem"), [(m, p) for _, m, p in MUTATIONS], ids=[i for i, _, _ in MUTATIONS]
)
def test_layout_problems_are_named(
    bag: Path, mutate: Callable[[Path], object], problem: str
) -> None:
    mutate(bag)
    _retag(bag)  # so only the mutation itself is left to find
    report = _report(bag)
    assert problem in report.problems, report.problems
    assert not report.ok
