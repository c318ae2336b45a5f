"""The tag files of a bundle (RFC 8493 BagIt 1.0) and VERIFY.txt.

Written here rather than by ``bagit.make_bag`` because an encrypted bundle is streamed
straight into age and must never exist as a plaintext folder on disk; the format is
checked against the Library of Congress ``bagit`` package in the tests.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from vault import __version__

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
TAG_MANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "signature/tagmanifest-sha256.txt.minisig"
SIGNER_KEY = "signature/signer.pub"


@dataclass(frozen=True)
class FileDigest:
    """Size and both digests of one payload or tag file."""

    size: int
    sha256: str
    sha512: str


def bag_info(
    organization: str,
    bundle_id: str,
    case_code: str,
    profile: str,
    date: str,
    payload: Mapping[str, FileDigest],
) -> bytes:
    """bag-info.txt: who, which bundle, case and profile, when (UTC date), Payload-Oxum."""
    octets = sum(d.size for d in payload.values())
    lines = [
        f"Source-Organization: {_one_line(organization)}",
        f"External-Identifier: {bundle_id}",
        f"Case-Code: {case_code}",
        f"Export-Profile: {profile}",
        f"Bagging-Date: {date}",
        f"Payload-Oxum: {octets}.{len(payload)}",
        f"Bag-Software-Agent: Evidence Vault {__version__}",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _one_line(value: str) -> str:
    return " ".join(value.split()) or "-"


def manifest(digests: Mapping[str, FileDigest], algorithm: str) -> bytes:
    """``<hex>  <path>`` lines, sorted by path."""
    lines = [f"{getattr(d, algorithm)}  {path}\n" for path, d in sorted(digests.items())]
    return "".join(lines).encode("utf-8")


def redactions_csv(rows: Sequence[tuple[str, str, int]]) -> bytes:
    """custody/redactions.csv: item, reason, count; never the removed text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["item", "reason", "count"])
    for row in sorted(rows):
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def verify_txt(bundle_id: str, fingerprint: str, public_key_line: str) -> bytes:
    """How to check the bundle with standard tools, step by step."""
    grouped = " ".join(fingerprint[i : i + 8] for i in range(0, len(fingerprint), 8))
    text = f"""How to check this bundle ({bundle_id})

This folder is a BagIt bag (RFC 8493) signed with minisign. Run both steps from the
folder that holds this file.

1. The signature. It covers tagmanifest-sha256.txt, which lists the hash of every tag
   file; the manifests list the hash of every file under data/.

   minisign -V -H -P {public_key_line} -x {SIGNATURE} -m {TAG_MANIFEST}

   It must print "Signature and comment signature verified" and the trusted comment
   (bundle id, case code, profile, time, and the sender's custody-log head).

2. Every file against the manifests (Library of Congress bagit-python):

   bagit.py --validate .

Who signed it: the signer's key fingerprint (SHA-256 of the raw Ed25519 public key) is

   {grouped}

Compare it with the fingerprint the sender read out to you over another channel (the
Evidence Vault app shows it). With Evidence Vault: evidence-vault verify <this folder>
--signer {fingerprint}
"""
    return text.encode("utf-8")
