"""The commands for bundles received: ``verify``, ``import`` and the ``signer`` list;
parsing and printing over ``vault/app/bundles.py``."""

from __future__ import annotations

import sys
from pathlib import Path

from vault.app.bundles import (
    SignerStatus,
    TrustedSigner,
    grouped_fingerprint,
    list_signers,
    open_for_import,
    parse_fingerprint,
    read_public_key_file,
    report_lines,
    revoke_signer,
    take_in,
    trust_signer,
    unpinned_warning,
    verify,
)
from vault.cli.context import CommandContext, Register
from vault.cli.hints import hint_text
from vault.cli.output import PROG, emit_json, out
from vault.cli.progress import cancel_on_interrupt, progress_bar


def cmd_signer(ctx: CommandContext) -> int:
    args = ctx.args
    # A bad key file or fingerprint is refused before the passphrase is asked for.
    key = read_public_key_file(Path(args.file)) if args.signer_command == "trust" else None
    fingerprint = parse_fingerprint(args.fingerprint) if args.signer_command == "revoke" else ""
    with ctx.open_vault() as vault:
        if key is not None:
            signer = trust_signer(vault, key, args.name)
            out(f"Trusted {signer.name}: {grouped_fingerprint(signer.fingerprint)}")
            return 0
        if fingerprint:
            signer = revoke_signer(vault, fingerprint)
            out(f"Revoked {signer.name}: {grouped_fingerprint(signer.fingerprint)}")
            out("Bundles signed with this key are now refused by verify and import.")
            return 0
        signers: list[TrustedSigner] = list_signers(vault)
    if args.json:
        emit_json([signer.as_json() for signer in signers])
        return 0
    if not signers:
        out("No trusted signers.")
    for signer in signers:
        state = f"revoked {signer.revoked_utc}" if signer.revoked else "trusted"
        out(f"{signer.fingerprint}\t{state}\t{signer.name}")
    return 0


def cmd_verify(ctx: CommandContext) -> int:
    args = ctx.args
    pin = parse_fingerprint(args.signer) if args.signer else None
    identity = Path(args.identity) if args.identity else None
    if args.vault:
        with ctx.open_vault() as vault, cancel_on_interrupt() as cancel:
            report = verify(Path(args.bundle), identity, pin, vault, progress_bar(), cancel=cancel)
    else:
        with cancel_on_interrupt() as cancel:
            report = verify(Path(args.bundle), identity, pin, None, progress_bar(), cancel=cancel)
    if args.json:
        emit_json(report.as_json())
    else:
        for line in report_lines(report):
            out(line)
    failure = report.first_failure
    if failure is not None:
        why = failure.detail + hint_text(failure.hint)
        print(f"{PROG}: bundle refused: {failure.name}: {why}", file=sys.stderr)
        return 1
    if report.status is SignerStatus.UNPINNED:
        print(f"{PROG}: {unpinned_warning()}{hint_text('pin-signer')}", file=sys.stderr)
    return 0


def cmd_import(ctx: CommandContext) -> int:
    args = ctx.args
    # A malformed fingerprint is refused before the passphrase is asked for.
    pin = parse_fingerprint(args.signer) if args.signer else None
    identity = Path(args.identity) if args.identity else None
    progress = progress_bar()
    with (
        ctx.open_vault() as vault,
        cancel_on_interrupt() as cancel,
        open_for_import(
            vault, Path(args.bundle), identity, pin, progress, cancel=cancel
        ) as verified,
    ):
        result = take_in(
            vault,
            verified,
            progress,
            allow_unverified=args.allow_unverified_signer,
            cancel=cancel,
        )
    if args.json:
        emit_json(result.as_json())
    else:
        counts = result.counts
        out(
            f"Imported bundle {result.bundle_id} ({result.profile}, {result.form}) "
            f"as case {result.case_code}: {result.case_id}"
        )
        out(
            f"From the sender's case {result.bundle_case_code}: "
            f"{counts['statements']} statement(s), {counts['attachments']} attachment(s), "
            f"{counts['persons']} person(s), {counts['facilities']} facility(ies), "
            f"{counts['incidents']} incident(s), {counts['links']} link(s); "
            f"{counts['custody_events']} custody event(s) of the bundle kept."
        )
        named = f" ({result.signer_name})" if result.signer_name else ""
        out(
            f"Signer: {result.signer_status}{named}, key "
            f"{grouped_fingerprint(result.signer_fingerprint)}"
        )
    for warning in result.warnings:
        print(f"{PROG}: {warning}", file=sys.stderr)
    return 0


def add_verify_commands(command: Register) -> None:
    """Register ``signer`` and ``verify``."""
    p = command("signer", cmd_signer, "the signers whose bundles this vault trusts")
    signer = p.add_subparsers(dest="signer_command", metavar="trust|revoke|list", required=True)
    trust = signer.add_parser("trust", help="trust a minisign public key (e.g. signer.pub)")
    trust.add_argument("file", metavar="FILE", help="a signer.pub file")
    trust.add_argument("--name", required=True, metavar="N", help="who the key belongs to")
    revoke = signer.add_parser("revoke", help="stop trusting a key; its bundles are refused")
    revoke.add_argument("fingerprint", metavar="FINGERPRINT", help="as `signer list` shows it")
    listing = signer.add_parser("list", help="trusted and revoked signers")
    listing.add_argument("--json", action="store_true", help="a JSON array instead of text")

    p = command("verify", cmd_verify, "check a bundle: layout, hashes, signature, custody, signer")
    p.add_argument("bundle", metavar="BUNDLE", help="a bundle folder, .zip or .age file")
    p.add_argument("--identity", metavar="F", help="age identity file for an .age bundle")
    p.add_argument("--signer", metavar="FINGERPRINT", help="the fingerprint the sender gave you")
    p.add_argument("--json", action="store_true", help="one JSON report instead of text")


def add_import_command(command: Register) -> None:
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
    p.add_argument("--json", action="store_true", help="one JSON report instead of text")
