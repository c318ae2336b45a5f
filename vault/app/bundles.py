"""Bundles received: verify one (with or without a vault), take a verified one in without
verifying it again, and the signers this vault trusts.

A window verifies, shows the report and the signer's fingerprint, and imports on the
person's word; the command line does both in one go.  Either way the bundle is opened
and checked once (:func:`open_for_import` keeps it open for :func:`take_in`).
"""

from __future__ import annotations

from pathlib import Path

from vault.core.progress import CancelToken, Progress, ProgressCallback
from vault.core.vault import Vault
from vault.export.import_bundle import (
    ImportResult,
    VerifiedBundle,
    import_verified,
    verify_for_import,
)
from vault.export.minisign import PublicKey
from vault.export.signers import (
    TrustedSigner,
    TrustOutcome,
    check_confirmed_fingerprint,
    grouped_fingerprint,
    list_signers,
    parse_fingerprint,
    read_public_key_file,
    read_signer_key,
    revoke_signer,
    signers_for_verify,
    trust,
    trust_signer,
)
from vault.export.verify import (
    SignerStatus,
    VerifyReport,
    report_lines,
    unpinned_warning,
    verify_bundle,
)

__all__ = [
    "ImportResult",
    "PublicKey",
    "SignerStatus",
    "TrustOutcome",
    "TrustedSigner",
    "VerifiedBundle",
    "VerifyReport",
    "check_confirmed_fingerprint",
    "grouped_fingerprint",
    "list_signers",
    "open_for_import",
    "parse_fingerprint",
    "read_public_key_file",
    "read_signer_key",
    "report_lines",
    "revoke_signer",
    "take_in",
    "trust",
    "trust_bundle_signer",
    "trust_signer",
    "unpinned_warning",
    "verify",
]


def verify(
    path: Path,
    identity: Path | None,
    pin: str | None,
    vault: Vault | None = None,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> VerifyReport:
    """Every check of a bundle (folder, zip, or ``.age`` with ``identity``): never raises
    for a bad bundle (the report says what failed).  With ``vault``, its trusted and
    revoked signers decide TRUSTED / REVOKED; ``pin`` (a fingerprint the sender gave by
    another route) decides PINNED.  Raises InputError only for a malformed ``pin``."""
    pin = parse_fingerprint(pin) if pin else None
    trusted = signers_for_verify(vault) if vault is not None else []
    return verify_bundle(Path(path), identity, pin, trusted, progress, cancel=cancel)


def open_for_import(
    vault: Vault,
    path: Path,
    identity: Path | None = None,
    pin: str | None = None,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> VerifiedBundle:
    """Open and verify a bundle against ``vault``'s signers, keeping it open: show its
    ``report``, then :func:`take_in` it (or close it).  Raises only for a malformed pin."""
    return verify_for_import(vault, Path(path), identity, pin, progress, cancel=cancel)


def take_in(
    vault: Vault,
    verified: VerifiedBundle,
    progress: Progress | ProgressCallback | None = None,
    allow_unverified: bool = False,
    *,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Import the bundle :func:`open_for_import` verified, as a new case of imported
    records, all or nothing.  Refuses a bundle that failed a check, a REVOKED or
    mismatched signer, an unverified signer (unless ``allow_unverified``: every record
    then says UNVERIFIED), and a bundle imported before."""
    return import_verified(vault, verified, progress, allow_unverified, cancel=cancel)


def trust_bundle_signer(
    vault: Vault, path: Path, identity: Path | None, name: str, shown_fingerprint: str
) -> TrustOutcome:
    """Trust, under ``name``, the key that signed the bundle at ``path`` once a person
    compared ``shown_fingerprint`` (what verification showed them) with what the sender
    read out.  The key is read from the bundle again and must be the one shown: refuses
    (InputError, nothing trusted) a bundle whose signer key changed since, and whatever
    :func:`trust` refuses (a revoked or already trusted key, a bad name)."""
    key = read_signer_key(Path(path), identity)
    check_confirmed_fingerprint(key, shown_fingerprint)
    return trust(vault, key, name)
