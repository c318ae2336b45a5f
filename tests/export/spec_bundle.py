"""Bundles written byte for byte from BUNDLE_SPEC, independently of the exporter.

:func:`build_bundle` writes a good bundle into a folder; :func:`seal` re-writes the
manifests, bag-info's Payload-Oxum, the tag manifest and the signature from whatever the
folder holds now, so a test can change something and sign it again (a sender whose own
bundle is inconsistent), or change it without sealing (a bundle altered in transit).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from vault.export.bundle_chain import chain_events, jsonl_bytes
from vault.export.minisign import SigningKey, generate_signing_key
from vault.export.statement_pdf import statement_pdf

CASE = "C-007"
PROFILE = "government"
UTC = "2024-05-01T10:00:00Z"
VAULT_CHAIN = "42:" + hashlib.sha256(b"sender's custody head").hexdigest()
STATEMENT_TEXT = "Свидетель W-001 описывает задержание. Վկան W-001 պատմեց։ Şahid ağır gördü.\n"


@functools.cache
def _statement_pdf() -> bytes:
    return statement_pdf(["Statement S-001", "Witness W-001"], STATEMENT_TEXT)


@functools.cache
def _photo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 30, 200)).save(buffer, "PNG")
    return buffer.getvalue()


@dataclass
class Bundle:
    """A bundle folder and what it was signed with."""

    folder: Path
    key: SigningKey
    bundle_id: str
    case: str = CASE
    profile: str = PROFILE
    utc: str = UTC
    chain: str = VAULT_CHAIN

    def comment(self) -> str:
        return (
            f"bundle={self.bundle_id} case={self.case} profile={self.profile} "
            f"utc={self.utc} chain={self.chain}"
        )

    def path(self, name: str) -> Path:
        return self.folder / name

    def records(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.path("data/records.json").read_text("utf-8"))
        return loaded

    def write_records(self, records: dict[str, Any]) -> None:
        self.path("data/records.json").write_text(
            json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8"
        )

    def custody(self) -> list[dict[str, Any]]:
        text = self.path("custody/custody.jsonl").read_text("utf-8")
        return [json.loads(line) for line in text.splitlines() if line]

    def write_custody(self, events: list[dict[str, Any]]) -> None:
        self.path("custody/custody.jsonl").write_bytes(jsonl_bytes(events))


def _records(bundle_id: str) -> dict[str, Any]:
    salted = {"algorithm": "sha256", "salted": True}
    return {
        "format": "evidence-vault-bundle",
        "version": 1,
        "bundle_id": bundle_id,
        "profile": PROFILE,
        "exported_utc": UTC,
        "case": {"code": CASE, "title": None},
        "persons": [
            {"ref": "W-001", "roles": ["witness"], "name": None, "aliases": []},
            {"ref": "P-001", "roles": ["perpetrator"], "name": "Officer X", "aliases": []},
        ],
        "facilities": [
            {"ref": "F-001", "name": "Pre-trial centre 1", "aliases": [], "type": "prison"}
        ],
        "incidents": [
            {
                "ref": "N-001",
                "violation_type": "torture",
                "date": "2021-03",
                "date_precision": "month",
                "place": "[LOCATION]",
                "facility": "F-001",
                "persons": [{"ref": "W-001", "as": "victim"}],
            }
        ],
        "statements": [
            {
                "ref": "S-001",
                "text_file": "data/statements/W-001_2021-03-14.txt",
                "pdf_file": "data/statements/W-001_2021-03-14.pdf",
                "translation_file": None,
                "witness": "W-001",
                "interviewer": None,
                "interpreter": None,
                "interview_date": "2021-03-14",
                "interview_date_precision": "day",
                "place": "[LOCATION]",
                "language": "ru",
                "kind": "sworn",
                "topics": ["beating"],
                "translation_language": None,
                "version": 1,
                "intake_hash": {**salted, "value": hashlib.sha256(b"s1").hexdigest()},
            }
        ],
        "attachments": [
            {
                "ref": "A-001",
                "file": "data/attachments/attachment-001.png",
                "media_type": "image/png",
                "derived": True,
                "statement": "S-001",
                "intake_hash": {**salted, "value": hashlib.sha256(b"a1").hexdigest()},
            }
        ],
        "links": [{"from": "S-001", "to": "P-001", "as": "mentions"}],
    }


def _events(bundle_id: str) -> list[dict[str, Any]]:
    def event(action: str, obj: str, details: dict[str, Any]) -> dict[str, Any]:
        return {
            "utc": UTC,
            "operator": "I-001",
            "action": action,
            "object": obj,
            "details": details,
        }

    return [
        event("intake", "S-001", {"version": 1}),
        event("intake", "A-001", {"media_type": "image/png"}),
        event("redaction-accepted", "S-001", {"reason": "identity", "count": 2}),
        event("review", "A-001", {}),
        event(
            "export", CASE, {"bundle": bundle_id, "profile": PROFILE, "vault_chain": VAULT_CHAIN}
        ),
    ]


def build_bundle(folder: Path, key: SigningKey | None = None) -> Bundle:
    """A complete, good bundle in ``folder`` (created), signed with ``key`` (new if None)."""
    bundle = Bundle(folder, key or generate_signing_key(), str(uuid.uuid4()))
    files = {
        "data/statements/W-001_2021-03-14.txt": STATEMENT_TEXT.encode("utf-8"),
        "data/statements/W-001_2021-03-14.pdf": _statement_pdf(),
        "data/attachments/attachment-001.png": _photo(),
        "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "custody/custody.jsonl": jsonl_bytes(chain_events(_events(bundle.bundle_id))),
        "custody/redactions.csv": _redactions_csv(),
        "VERIFY.txt": b"minisign -V -H -P <key> -x signature/tagmanifest-sha256.txt.minisig"
        b" -m tagmanifest-sha256.txt\nbagit.py --validate .\n",
    }
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    bundle.write_records(_records(bundle.bundle_id))
    seal(bundle)
    return bundle


def _redactions_csv() -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([["item", "reason", "count"], ["S-001", "identity", 2]])
    return buffer.getvalue().encode("utf-8")


def _digest(path: Path, algorithm: str) -> str:
    return hashlib.new(algorithm, path.read_bytes()).hexdigest()


def seal(
    bundle: Bundle,
    key: SigningKey | None = None,
    comment: str | None = None,
    bag_info: dict[str, str] | None = None,
) -> None:
    """Re-write manifests, bag-info.txt, the tag manifest, signer.pub and the signature
    from the folder's current files (``key`` signs instead of the bundle's own key;
    ``bag_info`` overrides labels)."""
    folder = bundle.folder
    key = key or bundle.key
    payload = sorted(
        p.relative_to(folder).as_posix() for p in (folder / "data").rglob("*") if p.is_file()
    )
    for algorithm in ("sha256", "sha512"):
        lines = [f"{_digest(folder / name, algorithm)}  {name}\n" for name in payload]
        (folder / f"manifest-{algorithm}.txt").write_text("".join(lines), encoding="utf-8")
    octets = sum((folder / name).stat().st_size for name in payload)
    labels = {
        "Source-Organization": "Field Team North",
        "External-Identifier": bundle.bundle_id,
        "Case-Code": bundle.case,
        "Export-Profile": bundle.profile,
        "Bagging-Date": bundle.utc[:10],
        "Payload-Oxum": f"{octets}.{len(payload)}",
        "Bag-Software-Agent": "spec_bundle test builder",
        **(bag_info or {}),
    }
    (folder / "bag-info.txt").write_text(
        "".join(f"{label}: {value}\n" for label, value in labels.items()), encoding="utf-8"
    )
    tag_files = sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file()
        and not p.relative_to(folder).as_posix().startswith(("data/", "signature/"))
        and not p.name.startswith("tagmanifest-")
    )
    lines = [f"{_digest(folder / name, 'sha256')}  {name}\n" for name in tag_files]
    tagmanifest = "".join(lines).encode("utf-8")
    (folder / "tagmanifest-sha256.txt").write_bytes(tagmanifest)
    (folder / "signature").mkdir(exist_ok=True)
    (folder / "signature/signer.pub").write_text(key.public_key_file(), encoding="utf-8")
    (folder / "signature/tagmanifest-sha256.txt.minisig").write_text(
        key.sign(tagmanifest, comment or bundle.comment()), encoding="utf-8"
    )
