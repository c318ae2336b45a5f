"""The ``import`` command: a thin shell over ``vault/export/import_bundle.py``."""

from __future__ import annotations

import sys
from pathlib import Path

from vault.cli_context import (
    CommandContext,
    Register,
    cancel_on_interrupt,
    emit_json,
    progress_bar,
)
from vault.export.import_bundle import import_bundle
from vault.export.signers import grouped_fingerprint, parse_fingerprint


def cmd_import(ctx: CommandContext) -> int:
    args = ctx.args
    # A malformed fingerprint is refused before the passphrase is asked for.
    pin = parse_fingerprint(args.signer) if args.signer else None
    identity = Path(args.identity) if args.identity else None
    with ctx.open_vault() as vault, cancel_on_interrupt() as cancel:
        result = import_bundle(
            vault,
            Path(args.bundle),
            identity,
            pin,
            progress_bar(),
            allow_unverified=args.allow_unverified_signer,
            cancel=cancel,
        )
    if args.json:
        emit_json(result.as_json())
    else:
        counts = result.counts
        print(
            f"Imported bundle {result.bundle_id} ({result.profile}, {result.form}) "
            f"as case {result.case_code}: {result.case_id}"
        )
        print(
            f"From the sender's case {result.bundle_case_code}: "
            f"{counts['statements']} statement(s), {counts['attachments']} attachment(s), "
            f"{counts['persons']} person(s), {counts['facilities']} facility(ies), "
            f"{counts['incidents']} incident(s), {counts['links']} link(s); "
            f"{counts['custody_events']} custody event(s) of the bundle kept."
        )
        named = f" ({result.signer_name})" if result.signer_name else ""
        print(
            f"Signer: {result.signer_status}{named}, key "
            f"{grouped_fingerprint(result.signer_fingerprint)}"
        )
    for warning in result.warnings:
        print(f"evidence-vault: {warning}", file=sys.stderr)
    return 0


def add_commands(command: Register) -> None:
    """Register ``import``."""
    p = command(
        "import", cmd_import, "verify a bundle, then take it in as a new case of imported records"
    )
    p.add_argument("bundle", metavar="BUNDLE", help="a bundle folder, .zip or .age file")
    p.add_argument("--identity", metavar="F", help="age identity file for an .age bundle")
    p.add_argument(
        "--signer",
        metavar="FINGERPRINT",
        help="the fingerprint the sender gave you by another route (PINNED); without it the "
        "signer must be in `signer list` (TRUSTED)",
    )
    p.add_argument(
        "--allow-unverified-signer",
        action="store_true",
        help="take in a bundle whose signer is neither trusted nor pinned; every imported "
        "record then says signer UNVERIFIED (a revoked or mismatched signer is still refused)",
    )
    p.add_argument("--json", action="store_true")
