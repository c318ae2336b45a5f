"""Opening good bundles in all three forms, and the bounded JSON readers."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.export.bundle_builders import AgeKey, age_key, make_bagit_bag, snapshot, write_age
from vault.core.errors import InputError
from vault.export.archive_limits import ReadLimits
from vault.export.archive_read import BundleContents, open_bundle, read_json, read_json_lines
from vault.export.archive_write import encrypt_tar_stream, folder_files, write_zip
from vault.export.errors import HostileBundle, UnreadableBundle


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    return make_bagit_bag(tmp_path / "bag")


@pytest.fixture
def key(tmp_path: Path) -> AgeKey:
    return age_key(tmp_path)


def _three_forms(tmp_path: Path, bag: Path, key: AgeKey) -> list[Path]:
    write_zip(bag, tmp_path / "bundle.zip")
    encrypt_tar_stream(folder_files(bag), [key.recipient], tmp_path / "bundle.age")
    return [bag, tmp_path / "bundle.zip", tmp_path / "bundle.age"]


def test_folder_zip_and_age_give_the_same_members_and_hashes(
    tmp_path: Path, bag: Path, key: AgeKey
) -> None:
    expected = {name: path.read_bytes() for name, path in folder_files(bag)}
    views = []
    for path in _three_forms(tmp_path, bag, key):
        before = snapshot(tmp_path)
        with open_bundle(path, key.identity) as contents:
            assert contents.names() == sorted(expected)
            for name, data in expected.items():
                assert contents.read(name) == data
                assert b"".join(contents.chunks(name)) == data
            walked = {member.name: b"".join(chunks) for member, chunks in contents.walk()}
            assert walked == expected
            views.append((contents.kind, dict(contents.members)))
        assert snapshot(tmp_path) == before  # reading wrote nothing
    assert [kind for kind, _ in views] == ["folder", "zip", "age"]
    assert views[0][1] == views[1][1] == views[2][1]


def test_age_members_beyond_the_memory_budget_are_decrypted_again(
    tmp_path: Path, bag: Path, key: AgeKey
) -> None:
    out = tmp_path / "bundle.age"
    encrypt_tar_stream(folder_files(bag), [key.recipient], out)
    with open_bundle(out, key.identity, ReadLimits(retain_bytes=1000)) as contents:
        jpg = "data/attachments/A-001.jpg"
        assert contents.member(jpg).size > 1000
        assert contents.read(jpg) == (bag / jpg).read_bytes()
        assert [member.name for member, _ in contents.walk()][:2] == ["bagit.txt", "bag-info.txt"]


def test_a_file_changed_after_opening_is_caught_on_reading(tmp_path: Path, bag: Path) -> None:
    with open_bundle(bag) as contents:
        (bag / "data" / "records.json").write_text('{"persons": ["X"]}\n')
        with pytest.raises(UnreadableBundle, match="changed while it was being read"):
            contents.read("data/records.json")


def test_an_age_bundle_without_identity_is_refused_clearly(
    tmp_path: Path, bag: Path, key: AgeKey
) -> None:
    out = tmp_path / "bundle.age"
    encrypt_tar_stream(folder_files(bag), [key.recipient], out)
    with pytest.raises(UnreadableBundle, match=r"encrypted \(age\).*identity file"):
        open_bundle(out, None)
    stranger = age_key(tmp_path, "stranger.txt")
    with pytest.raises(UnreadableBundle, match=r"does not open bundle\.age"):
        open_bundle(out, stranger.identity)
    (tmp_path / "not-an-identity.txt").write_text("hello\n")
    with pytest.raises(InputError, match="no age X25519 identity"):
        open_bundle(out, tmp_path / "not-an-identity.txt")


def test_a_truncated_or_altered_age_bundle_is_refused(
    tmp_path: Path, bag: Path, key: AgeKey
) -> None:
    out = tmp_path / "bundle.age"
    encrypt_tar_stream(folder_files(bag), [key.recipient], out)
    whole = out.read_bytes()
    truncated = tmp_path / "truncated.age"
    truncated.write_bytes(whole[: len(whole) - 100])
    with pytest.raises(UnreadableBundle, match="could not be decrypted"):
        open_bundle(truncated, key.identity)
    altered = bytearray(whole)
    altered[-50] ^= 1
    (tmp_path / "altered.age").write_bytes(bytes(altered))
    with pytest.raises(UnreadableBundle, match="could not be decrypted"):
        open_bundle(tmp_path / "altered.age", key.identity)


def test_an_age_file_that_holds_no_tar_is_refused(tmp_path: Path, key: AgeKey) -> None:
    out = write_age(b"just some text, not a tar archive" * 40, key.recipient, tmp_path / "x.age")
    with pytest.raises(UnreadableBundle, match=r"tar archive|damaged"):
        open_bundle(out, key.identity)


def test_the_stock_age_tool_output_is_read_too(tmp_path: Path, bag: Path, key: AgeKey) -> None:
    tar = subprocess.run(
        ["tar", "--format=pax", "-C", str(bag), "-cf", "-", "."], capture_output=True, check=True
    ).stdout
    out = tmp_path / "by-hand.age"
    subprocess.run(
        ["age", "-r", key.recipient, "-o", str(out)], input=tar, capture_output=True, check=True
    )
    with open_bundle(out, key.identity) as contents:
        assert "data/records.json" in contents.names()


def test_unknown_things_are_not_bundles(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(UnreadableBundle, match="not a bundle"):
        open_bundle(tmp_path / "notes.txt")
    with pytest.raises(UnreadableBundle, match="no bundle at"):
        open_bundle(tmp_path / "missing.zip")
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(UnreadableBundle, match="not a readable zip"):
        open_bundle(tmp_path / "broken.zip")


def _json_bundle(tmp_path: Path, files: dict[str, bytes]) -> BundleContents:
    folder = tmp_path / "json-bundle"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return open_bundle(folder)


def test_json_is_read_strictly_and_within_its_size_cap(tmp_path: Path) -> None:
    files = {
        "data/records.json": json.dumps({"persons": [{"code": "W-003"}]}).encode(),
        "custody/custody.jsonl": b'{"seq": 1}\n{"seq": 2}\n',
        "dup.json": b'{"code": "W-003", "code": "Real Name"}',
        "nan.json": b'{"x": NaN}',
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "latin1.json": '{"x": "é"}'.encode("latin-1"),
        "big.json": b'{"x": "' + b"a" * 5000 + b'"}',
    }
    with _json_bundle(tmp_path, files) as contents:
        assert read_json(contents, "data/records.json") == {"persons": [{"code": "W-003"}]}
        assert read_json_lines(contents, "custody/custody.jsonl") == [{"seq": 1}, {"seq": 2}]
        with pytest.raises(UnreadableBundle, match="appears twice"):
            read_json(contents, "dup.json")
        with pytest.raises(UnreadableBundle, match="NaN"):
            read_json(contents, "nan.json")
        with pytest.raises(UnreadableBundle, match="nested too deeply"):
            read_json(contents, "deep.json")
        with pytest.raises(UnreadableBundle, match="not UTF-8"):
            read_json(contents, "latin1.json")
        with pytest.raises(HostileBundle, match="more than the 4,096 allowed"):
            read_json(contents, "big.json", max_bytes=4096)
        with pytest.raises(UnreadableBundle, match="no file"):
            read_json(contents, "data/missing.json")
    small = ReadLimits(max_json_bytes=1000)
    folder = tmp_path / "json-bundle"
    with (
        open_bundle(folder, limits=small) as contents,
        pytest.raises(HostileBundle, match=r"big\.json.*more than the 1,000 allowed"),
    ):
        read_json(contents, "big.json")
