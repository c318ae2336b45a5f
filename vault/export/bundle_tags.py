"""The tag files of one export: manifests, bag-info, the bundle's own custody log
(re-chained, with only details that may leave the vault), redactions.csv and VERIFY.txt.

In an anonymized bundle every custody line's operator is :data:`NEUTRAL_OPERATOR`: the
name an investigator set for the vault would identify them (and through them, where and
with whom they work).  ``evidence`` bundles, which go to a court with originals, keep the
operator as recorded, since who handled the evidence is part of its chain of custody.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from vault.core import custody
from vault.core.vault import Vault
from vault.export.bundle_chain import chain_events, jsonl_bytes
from vault.export.minisign import SigningKey
from vault.export.plan import ExportPlan
from vault.export.tagfiles import (
    BAGIT_TXT,
    TAG_MANIFEST,
    FileDigest,
    bag_info,
    manifest,
    redactions_csv,
    verify_txt,
)

# Who did it, as an anonymized bundle says it.
NEUTRAL_OPERATOR = "field operator"
# Custody details that may leave the vault; everything else stays in.
_SAFE_DETAILS = {"version", "profile", "kind", "reason"}
_EVIDENCE_DETAILS = _SAFE_DETAILS | {"sha256", "size"}
_BUNDLE_ACTIONS = {
    "intake",
    "statement-create",
    "edit",
    "redaction-proposed",
    "redaction-accepted",
    "redaction-rejected",
    "redaction-added",
    "redaction-reverted",  # else a recipient reads a decision that was taken back
    "review",
    "consent-record",
    "person-create",
}


def digest_of(chunks: Iterator[bytes] | list[bytes]) -> FileDigest:
    sha256, sha512, size = hashlib.sha256(), hashlib.sha512(), 0
    for chunk in chunks:
        sha256.update(chunk)
        sha512.update(chunk)
        size += len(chunk)
    """Size, SHA-256 and SHA-512 of everything ``chunks`` yields."""
    return FileDigest(size, sha256.hexdigest(), sha512.hexdigest())


def tag_files(
    vault: Vault,
    plan: ExportPlan,
    digests: Mapping[str, FileDigest],
    csv_rows: list[tuple[str, str, int]],
    refs: dict[str, str],
    bundle_id: str,
    now: datetime,
    key: SigningKey,
    chain_claim: str,
) -> dict[str, bytes]:
    """Every tag file but the signature, for payload files with ``digests``; the last
    custody event is this export, carrying the signed ``chain_claim`` (the custody head
    or a commitment to it, ``chain_commitment.py``)."""
    events = bundle_events(vault, plan, refs)
    events.append(
        {
            "utc": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "operator": bundle_operator(vault, plan),
            "action": "export",
            "object": plan.case_code,
            "details": {
                "bundle": bundle_id,
                "profile": plan.policy.profile,
                "vault_chain": chain_claim,
            },
        }
    )
    organization = vault.setting("organization") or "Evidence Vault"
    tags = {
        "bagit.txt": BAGIT_TXT,
        "bag-info.txt": bag_info(
            organization,
            bundle_id,
            plan.case_code,
            plan.policy.profile,
            now.strftime("%Y-%m-%d"),
            digests,
        ),
        "manifest-sha256.txt": manifest(digests, "sha256"),
        "manifest-sha512.txt": manifest(digests, "sha512"),
        "custody/custody.jsonl": jsonl_bytes(chain_events(events)),
        "custody/redactions.csv": redactions_csv(csv_rows),
        "VERIFY.txt": verify_txt(bundle_id, key.public_key.fingerprint, key.public_key_line()),
    }
    tag_digests = {name: digest_of([data]) for name, data in tags.items()}
    tags[TAG_MANIFEST] = manifest(tag_digests, "sha256")
    return tags


def bundle_operator(vault: Vault, plan: ExportPlan, recorded: str | None = None) -> str:
    """The operator as the bundle names them (``recorded``: as an event recorded them,
    by default this vault's operator): :data:`NEUTRAL_OPERATOR` in anonymized profiles."""
    if plan.policy.anonymized:
        return NEUTRAL_OPERATOR
    return vault.operator if recorded is None else recorded


def bundle_events(vault: Vault, plan: ExportPlan, refs: dict[str, str]) -> list[dict[str, Any]]:
    """The vault's custody events about exported items, by bundle reference, with only the
    details that may leave the vault."""
    allowed = _EVIDENCE_DETAILS if not plan.policy.anonymized else _SAFE_DETAILS
    events = []
    for event in custody.events(vault.conn):
        ref = refs.get(event.object_id)
        if ref is None or event.action not in _BUNDLE_ACTIONS:
            continue
        events.append(
            {
                "utc": event.utc,
                "operator": bundle_operator(vault, plan, event.operator),
                "action": event.action,
                "object": ref,
                "details": {k: v for k, v in event.details.items() if k in allowed},
            }
        )
    return events
