"""Fuzz targets: each parser a hostile file reaches, fed mutations of REAL seeds.

Every seed is made for real, once per process, in a private temporary folder: a vault
created with the fast test KDF (its ``vault.keys`` and ``vault.state``), an attachment
container written by ``encrypt_stream``, a bundle written byte for byte from BUNDLE_SPEC
(folder, zip, and the PAX tar an ``.age`` bundle wraps), a minisign key and signature,
JPEG/PNG/TIFF/GIF pictures from Pillow with EXIF and a PDF from fpdf2.

A target takes the mutated bytes and runs the parser the way the product does; the
harness (:func:`run_target`) lets through only the target's typed errors and turns
anything else into an :class:`Crasher`.  Targets also check what a user would notice:
a container never releases a byte that is not the original's, a failed verify or import
writes nothing, and the vault is unchanged.
"""

from __future__ import annotations

import atexit
import dataclasses
import datetime
import functools
import io
import json
import os
import shutil
import struct
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import strategies as st
from PIL import Image

from tests.export.spec_bundle import Bundle, _digest, build_bundle, seal
from vault.core.container import ContainerError, decrypt_stream, encrypt_stream
from vault.core.errors import VaultError
from vault.core.header import keys_path
from vault.core.keyslots import SLOT_TYPES, KeySlot
from vault.core.state import state_path
from vault.core.vault import Credential, Vault
from vault.export.archive_read import open_bundle
from vault.export.archive_write import write_zip
from vault.export.bagit_layout import check_bag_layout, listed_digests
from vault.export.import_records import read_records
from vault.export.minisign import parse_public_key, parse_signature, verify_signature
from vault.export.verify import verify_bundle

PASSPHRASE = "correct horse battery staple"
VAULT_ID = "0" * 32
ATTACHMENT_ID = "a" * 32
KEY = bytes(range(32))


class Crasher(AssertionError):
    """An input made a target raise something other than its typed errors, or break one
    of its promises."""


@dataclass(frozen=True)
class Target:
    """One fuzz target: its seeds (name -> bytes) and what runs a mutated input."""

    name: str
    seeds: Callable[[], dict[str, bytes]]
    # Returns False when the input was refused without an exception (a failed verify
    # report, a container that did not authenticate), anything else when accepted.
    run: Callable[[str, bytes], object]
    allowed: tuple[type[BaseException], ...] = (VaultError,)


def run_target(target: Target, seed: str, data: bytes) -> None:
    """Run ``target`` on ``data`` (a mutation of seed ``seed``); raise Crasher if
    anything but the target's typed errors escapes."""
    try:
        target.run(seed, data)
    except target.allowed:
        pass
    except Crasher:
        raise
    except Exception as exc:
        raise Crasher(f"{target.name}/{seed}: {type(exc).__name__}: {exc}") from exc


# ---- mutations ---------------------------------------------------------------------


# Tokens that break parsers which trust a value's type or size (JSON, tag files, text).
TOKENS = (
    b"Infinity", b"-Infinity", b"NaN", b"1e999", b"-1", b"0", b"null", b"[]", b"{}",
    b'""', b"true", b"99999999999999999999999", b"\\ud800", b"\n", b"../", b"\x00",
    b":", b"  ", b"\r\n", "\u00c4".encode(), b"\xff\xfe",
)  # fmt: skip


@st.composite
def mutations(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with a few random edits: bit flips, byte sets, truncation, insertions,
    deletions, duplicated ranges, boundary values (0, 0xff, 0x7f, 0x80) and hostile
    tokens (:data:`TOKENS`) written over a few bytes."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        size = len(data)
        op = draw(st.sampled_from(["flip", "set", "truncate", "insert", "delete", "dup", "token"]))
        at = draw(st.integers(0, max(size - 1, 0)))
        if op == "flip" and size:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and size:
            data[at] = draw(st.sampled_from([0, 0xFF, 0x7F, 0x80, draw(st.integers(0, 255))]))
        elif op == "truncate":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "dup" and size:
            data[at:at] = data[at : at + draw(st.integers(1, 64))]
        elif op == "token":
            data[at : at + draw(st.integers(0, 8))] = draw(st.sampled_from(TOKENS))
    return bytes(data)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


@st.composite
def json_mutations(draw: st.DrawFn, document: object) -> bytes:
    """The JSON ``document`` with one to three values (anywhere in it) replaced by other
    JSON values, infinities and NaN included, or deleted."""
    document = json.loads(json.dumps(document))  # a private copy
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(document)))
        if not path:
            document = draw(JSON_VALUES)
            continue
        parent: Any = document
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()) or not isinstance(parent, dict):
            parent[path[-1]] = draw(JSON_VALUES)
        else:
            del parent[path[-1]]
    return json.dumps(document).encode("utf-8")


def _as_json(data: bytes) -> object | None:
    try:
        document = json.loads(data)
    except ValueError:
        return None
    return document if isinstance(document, dict) else None


def inputs(target: Target) -> st.SearchStrategy[tuple[str, bytes]]:
    """(seed name, mutated bytes) for ``target``; sometimes the seed itself, sometimes
    arbitrary bytes, and for a JSON seed also structure-aware value replacements."""
    seeds = target.seeds()

    def for_seed(name: str) -> st.SearchStrategy[tuple[str, bytes]]:
        data = seeds[name]
        choices = [mutations(data), st.just(data), st.binary(max_size=256)]
        document = _as_json(data)
        if document is not None:
            choices += [json_mutations(document)] * 3
        return st.tuples(st.just(name), st.one_of(choices))

    return st.sampled_from(sorted(seeds)).flatmap(for_seed)


# ---- real seeds --------------------------------------------------------------------


@functools.cache
def _workdir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="ev-fuzz-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)  # seeds and inputs go too
    return folder


def scratch() -> Path:
    """A fresh empty folder for one input (under the process's private temp folder)."""
    return Path(tempfile.mkdtemp(dir=_workdir()))


@functools.cache
def _vault_seed() -> Path:
    os.environ.setdefault("EVIDENCE_VAULT_KDF", "fast")
    os.environ.setdefault("EVIDENCE_VAULT_TESTING", "1")
    folder = _workdir() / "seed-vault"
    created, _code = Vault.create(folder, PASSPHRASE, "Fuzz seed")
    created.close()
    return folder


def _picture(fmt: str, size: tuple[int, int] = (48, 32)) -> bytes:
    image = Image.new("RGB", size, (200, 40, 90))
    exif = Image.Exif()
    exif[0x010F] = "FuzzCam"  # Make
    exif[0x0110] = "Model 7"  # Model
    exif[0x0132] = "2024:05:01 10:00:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 1.0)})
    buffer = io.BytesIO()
    if fmt == "GIF":
        image.convert("P").save(buffer, fmt)
    else:
        image.save(buffer, fmt, exif=exif)
    return buffer.getvalue()


@functools.cache
def picture_seeds() -> dict[str, bytes]:
    """Small real pictures with EXIF (camera, time, GPS) where the format allows it."""
    return {fmt.lower(): _picture(fmt) for fmt in ("JPEG", "PNG", "TIFF", "GIF", "WEBP")}


@functools.cache
def pdf_seed() -> bytes:
    """A two-page PDF from fpdf2 with document information and a text layer."""
    from fpdf import FPDF

    pdf = FPDF()
    # A fixed date: the same seed in every process, so a saved crasher replays.
    pdf.set_creation_date(datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.UTC))
    pdf.set_title("Witness statement")
    pdf.set_author("Field Team North")
    pdf.set_font("helvetica", size=12)
    for page in ("Statement S-001", "Witness W-001 saw the arrest."):
        pdf.add_page()
        pdf.cell(text=page)
    return bytes(pdf.output())


@functools.cache
def _seed_bundle() -> Bundle:
    return build_bundle(_workdir() / "seed-bundle")


def _bundle_seed() -> Path:
    return _seed_bundle().folder


def _bundle_copy() -> Bundle:
    folder = scratch() / "bundle"
    shutil.copytree(_bundle_seed(), folder)
    return dataclasses.replace(_seed_bundle(), folder=folder)


def tar_of(folder: Path) -> bytes:
    """The PAX tar an ``.age`` bundle of ``folder`` wraps, in memory."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = tarfile.TarInfo(path.relative_to(folder).as_posix())
            data = path.read_bytes()
            info.size, info.mode = len(data), 0o644
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@functools.cache
def _age_identity() -> tuple[Path, str]:
    identity = pyrage.x25519.Identity.generate()
    path = _workdir() / "identity.txt"
    path.write_text(f"{identity}\n", encoding="utf-8")
    return path, str(identity.to_public())


# ---- promises ----------------------------------------------------------------------


def _listing(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else b"<dir>")
        for p in sorted(root.rglob("*"))
    }


def _verify_writes_nothing(bundle: Path, identity: Path | None = None) -> bool:
    """verify_bundle never raises for a bad bundle, and writes nothing beside it; True
    when the bundle checks out."""
    root = bundle.parent
    before = _listing(root)
    try:
        report = verify_bundle(bundle, identity)
    except Exception as exc:  # verify reports a bad bundle, it never raises for one
        raise Crasher(f"verify raised {type(exc).__name__}: {exc}") from exc
    if _listing(root) != before:
        raise Crasher(f"verify wrote beside {bundle.name}")
    return report.ok


# ---- the targets -------------------------------------------------------------------


def _vault_files() -> dict[str, bytes]:
    folder = _vault_seed()
    return {
        "vault.keys": keys_path(folder).read_bytes(),
        "vault.state": state_path(folder).read_bytes(),
    }


def _open_vault(seed: str, data: bytes) -> None:
    """The header (slots file) and sealed state, read by a real unlock."""
    folder = scratch() / "vault"
    shutil.copytree(_vault_seed(), folder)
    (folder / seed).write_bytes(data)
    Vault.open(folder, Credential.passphrase(PASSPHRASE)).close()


FORMAT1 = Path(__file__).resolve().parent.parent / "fixtures" / "format1_vault" / "vault"
FORMAT1_PASSPHRASE = "format one passphrase"


def _format1_seeds() -> dict[str, bytes]:
    return {"vault.header": (FORMAT1 / "vault.header").read_bytes()}


def _format1(seed: str, data: bytes) -> bool:
    """The format 1 header: plaintext JSON, parsed BEFORE anything authenticates it
    (its MAC needs the master key), then each slot's KDF parameters and, when they are
    cheap, the passphrase unwrap an upgrade-on-open runs."""
    from vault.core.format1 import read_header, unwrap
    from vault.core.kdf import Argon2Params

    folder = scratch()
    (folder / seed).write_bytes(data)
    header = read_header(folder)
    for slot in header.slots:
        if "kdf" in slot.body:
            params = Argon2Params.from_json(slot.body["kdf"])
            if params.memory_kib > 4096 or params.time_cost > 2:
                return True  # allowed, but too slow for a fuzz run (capped in kdf.py)
    unwrap(header, "passphrase", FORMAT1_PASSPHRASE)
    return True


def _key_slot(seed: str, data: bytes) -> None:
    """keyslots.KeySlot.from_area and describe() on every area of a mutated slots file
    (what ``info`` shows before any unlock)."""
    from vault.core.header import read_slots

    folder = scratch()
    keys_path(folder).write_bytes(data)
    slots = read_slots(folder)
    for bank in slots.banks:
        for slot_type in SLOT_TYPES:
            slot = KeySlot.from_area(slot_type, bank.area(slot_type))
            slot.describe()


def _state_seeds() -> dict[str, bytes]:
    """Bodies as ``VaultState.body()`` writes them: a plain one and one mid slot change
    with bindings (canonical JSON, before sealing)."""
    from vault.core.canonical import canonical_json
    from vault.core.state import SlotRecord, VaultState

    keys = SlotRecord(3, {t: "ab" * 32 for t in SLOT_TYPES}, None, "calibrated")
    previous = SlotRecord(2, {t: "" for t in SLOT_TYPES}, "age1" + "q" * 58, "floor")
    plain = VaultState(VAULT_ID, 1, 17, "cd" * 32, keys)
    busy = VaultState(VAULT_ID, 2, 18, "ef" * 32, keys, previous, {"pages": "12"}, True)
    return {"plain": canonical_json(plain.body()), "busy": canonical_json(busy.body())}


def _state(seed: str, data: bytes) -> bool:
    """A state body sealed under a key we hold (what someone with the master key could
    write), put in a state file, read back and opened: the file framing and the JSON
    body parser behind the AEAD."""
    from vault.core.state import open_record, read_records

    nonce = bytes(12)
    sealed = nonce + AESGCM(KEY).encrypt(nonce, data, VAULT_ID.encode("ascii"))
    folder = scratch()
    state_path(folder).write_bytes(struct.pack(">I", len(sealed)) + sealed)
    [record] = read_records(folder)
    return open_record(record, KEY, VAULT_ID) is not None


@functools.cache
def _container_seeds() -> dict[str, bytes]:
    out = {}
    for name, plain in (("png", picture_seeds()["png"]), ("empty", b""), ("pdf", pdf_seed())):
        sink = io.BytesIO()
        encrypt_stream(io.BytesIO(plain), sink.write, KEY, VAULT_ID, ATTACHMENT_ID, chunk_size=1024)
        out[name] = sink.getvalue()
    return out


_CONTAINER_PLAIN: dict[str, Callable[[], bytes]] = {
    "png": lambda: picture_seeds()["png"],
    "empty": lambda: b"",
    "pdf": pdf_seed,
}


def _container(seed: str, data: bytes) -> bool:
    """Every released byte is the original's, in order: a chunk comes out only after it
    authenticates."""
    original = _CONTAINER_PLAIN[seed]()
    released = b""
    try:
        for chunk in decrypt_stream(io.BytesIO(data), KEY, VAULT_ID, ATTACHMENT_ID):
            released += chunk
            if not original.startswith(released):
                raise Crasher("the container released bytes that are not the original's")
    except ContainerError:
        return False
    if released != original:
        raise Crasher("a changed container decrypted to something else without an error")
    return True


def _zip_seeds() -> dict[str, bytes]:
    out = scratch() / "bundle.zip"
    write_zip(_bundle_seed(), out)
    return {"bundle.zip": out.read_bytes()}


def _zip(seed: str, data: bytes) -> bool:
    path = scratch() / "received.zip"
    path.write_bytes(data)
    return _verify_writes_nothing(path)


def _tar_seeds() -> dict[str, bytes]:
    return {"bundle.tar": tar_of(_bundle_seed())}


def _age(seed: str, data: bytes) -> bool:
    """A hostile sender who has our recipient key: the tar inside the age file is
    mutated, then encrypted for real."""
    identity, recipient = _age_identity()
    path = scratch() / "received.age"
    path.write_bytes(pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient)]))
    return _verify_writes_nothing(path, identity)


def _age_raw_seeds() -> dict[str, bytes]:
    _identity, recipient = _age_identity()
    plain = tar_of(_bundle_seed())
    return {"bundle.age": pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient)])}


def _age_raw(seed: str, data: bytes) -> bool:
    """The age file itself mutated (header, stanzas, payload)."""
    identity, _recipient = _age_identity()
    path = scratch() / "received.age"
    path.write_bytes(data)
    return _verify_writes_nothing(path, identity)


_SIGNED_TAGS = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt")


def _tag_seeds() -> dict[str, bytes]:
    folder = _bundle_seed()
    names = (*_SIGNED_TAGS, "custody/custody.jsonl", "tagmanifest-sha256.txt")
    return {name: (folder / name).read_bytes() for name in names}


def _resign(folder: Path) -> None:
    """Re-write the tag manifest from the folder's tag files and sign it with the seed
    bundle's own key: a hostile SENDER, whose changes the signature vouches for, so the
    parsers behind it are reached."""
    tag_files = sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file()
        and not p.relative_to(folder).as_posix().startswith(("data/", "signature/"))
        and not p.name.startswith("tagmanifest-")
    )
    lines = "".join(f"{_digest(folder / name, 'sha256')}  {name}\n" for name in tag_files)
    _sign(folder, lines.encode("utf-8"))


def _sign(folder: Path, manifest: bytes) -> None:
    (folder / "tagmanifest-sha256.txt").write_bytes(manifest)
    bundle = _seed_bundle()
    signature = bundle.key.sign(manifest, bundle.comment())
    (folder / "signature/tagmanifest-sha256.txt.minisig").write_text(signature, "utf-8")


def _tag_files(seed: str, data: bytes) -> bool:
    """bagit.txt, bag-info.txt, the manifests, the custody log or the tag manifest
    changed and signed again by the sender's key: layout, identity and custody parse it."""
    folder = _bundle_copy().folder
    (folder / seed).write_bytes(data)
    if seed == "tagmanifest-sha256.txt":
        _sign(folder, data)
    else:
        _resign(folder)
    ok = _verify_writes_nothing(folder)
    with open_bundle(folder) as contents:
        check_bag_layout(contents)
    listed_digests(data, "sha256")
    return ok


def _records_seeds() -> dict[str, bytes]:
    return {"records.json": (_bundle_seed() / "data/records.json").read_bytes()}


def _records(seed: str, data: bytes) -> bool:
    """data/records.json changed and sealed again by the sender (manifests, tag manifest
    and signature all re-made): verify's checks and import's entry-by-entry reader."""
    bundle = _bundle_copy()
    (bundle.folder / "data/records.json").write_bytes(data)
    seal(bundle)
    ok = _verify_writes_nothing(bundle.folder)
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return False
    read_records(document)
    return ok


@functools.cache
def _hq_seed() -> Path:
    folder = _vault_seed().parent / "seed-hq"
    shutil.copytree(_vault_seed(), folder)
    return folder


def _import(seed: str, data: bytes) -> bool:
    """data/records.json changed and sealed again by the sender, then imported into a
    fresh copy of a real vault (unverified signer allowed, so the entry-by-entry reader
    and the payload pass are reached).  A refused import leaves the vault exactly as it
    was: the same files on disk, the same custody head, no case."""
    from vault.core import custody
    from vault.core.cases import list_cases
    from vault.export.import_bundle import import_bundle

    bundle = _bundle_copy()
    (bundle.folder / "data/records.json").write_bytes(data)
    seal(bundle)
    hq = bundle.folder.parent / "hq"
    shutil.copytree(_hq_seed(), hq)
    vault = Vault.open(hq, Credential.passphrase(PASSPHRASE))
    try:
        head = custody.head(vault.conn)
        before = _listing(hq)
        try:
            import_bundle(vault, bundle.folder, allow_unverified=True)
        except VaultError:
            if custody.head(vault.conn) != head or list_cases(vault, include_retracted=True):
                raise Crasher("a refused import changed the vault") from None
            if _listing(hq) != before:
                raise Crasher("a refused import left files in the vault folder") from None
            return False
        return True
    finally:
        vault.close()


def _minisign_seeds() -> dict[str, bytes]:
    folder = _bundle_seed()
    return {
        "signer.pub": (folder / "signature/signer.pub").read_bytes(),
        "minisig": (folder / "signature/tagmanifest-sha256.txt.minisig").read_bytes(),
    }


def _minisign(seed: str, data: bytes) -> None:
    folder = _bundle_seed()
    manifest = (folder / "tagmanifest-sha256.txt").read_bytes()
    if seed == "signer.pub":
        key = parse_public_key(data)
        signature = (folder / "signature/tagmanifest-sha256.txt.minisig").read_bytes()
        verify_signature(manifest, signature, key)
    else:
        parse_signature(data)
        key = parse_public_key((folder / "signature/signer.pub").read_bytes())
        verify_signature(manifest, data, key)


def _metadata(seed: str, data: bytes) -> None:
    """summarize_metadata promises never to raise; image_metadata likewise."""
    from vault.redact.metadata import image_metadata, summarize_metadata

    summary = summarize_metadata(data)
    summary.lines()
    json.dumps(summary.as_json())
    image_metadata(data)


def _metadata_seeds() -> dict[str, bytes]:
    return {**picture_seeds(), "pdf": pdf_seed()}


def _pdf_text(seed: str, data: bytes) -> None:
    """extract_pages promises a list of page texts or None, never an exception."""
    from vault.core.pdf_text import MAX_PAGES, extract_pages

    pages = extract_pages(data)
    if pages is not None and (len(pages) > MAX_PAGES or not all(isinstance(p, str) for p in pages)):
        raise Crasher("extract_pages returned something other than page texts")


TARGETS: tuple[Target, ...] = (
    Target("vault_open", _vault_files, _open_vault),
    Target("state_body", _state_seeds, _state),
    Target("format1_header", _format1_seeds, _format1),
    Target("key_slots", lambda: {"vault.keys": _vault_files()["vault.keys"]}, _key_slot),
    Target("container", _container_seeds, _container, (ContainerError,)),
    Target("bundle_zip", _zip_seeds, _zip, ()),
    Target("bundle_age_tar", _tar_seeds, _age, ()),
    Target("bundle_age_file", _age_raw_seeds, _age_raw, ()),
    Target("tag_files", _tag_seeds, _tag_files),
    Target("records_json", _records_seeds, _records),
    Target("import", _records_seeds, _import, ()),
    Target("minisign", _minisign_seeds, _minisign),
    Target("image_metadata", _metadata_seeds, _metadata, ()),
    Target("pdf_text", lambda: {"pdf": pdf_seed()}, _pdf_text, ()),
)
