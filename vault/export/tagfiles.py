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
    """How to check the bundle with standard tools, step by step; it says plainly that the
    key inside the bundle proves nothing by itself (the fingerprint must come from the
    sender by another route), and how persons are coded."""
    grouped = " ".join(fingerprint[i : i + 8] for i in range(0, len(fingerprint), 8))
    text = f"""How to check this bundle ({bundle_id})

This folder is a BagIt bag (RFC 8493) signed with minisign. Run both steps from the
folder that holds this file.

FIRST, WHO SIGNED IT. The public key below and in {SIGNER_KEY} came inside this bundle.
Anyone who altered the bundle could have replaced it with their own key and signed again,
so a signature that checks with this key proves nothing by itself. Before you trust the
bundle, get the signer's key, or its fingerprint, from the sender by another route: read
out on a call you placed yourself, on paper handed over in person, or from a key you
already hold. The fingerprint (SHA-256 of the raw Ed25519 public key) of the key in this
bundle is

   {grouped}

If it is not exactly the fingerprint the sender gave you by that other route, stop: the
bundle is not from them.

1. The signature. It covers tagmanifest-sha256.txt, which lists the hash of every tag
   file; the manifests list the hash of every file under data/.

   minisign -V -H -P {public_key_line} -x {SIGNATURE} -m {TAG_MANIFEST}

   It must print "Signature and comment signature verified" and the trusted comment
   (bundle id, case code, profile, time, and chain=: for an anonymized bundle a
   commitment to the sender's custody log that the sender can open later to prove which
   state of their records it came from; for an evidence bundle the log's head itself).

2. Every file against the manifests (Library of Congress bagit-python):

   bagit.py --validate .

With Evidence Vault, pin the fingerprint you received by the other route:

   evidence-vault verify <this folder> --signer {fingerprint}

Codes: persons appear as a role letter, a dash and six letters or digits (W witness,
V victim, P perpetrator, I interviewer, T interpreter, X other; C the case). A code is
the same for the same person in every bundle from the same sender's vault, so two
bundles can be linked person by person; it carries no number and says nothing about how
many persons or cases the sender holds. "[person]" stands for someone whose records are
not in this bundle.
"""
    return text.encode("utf-8")
