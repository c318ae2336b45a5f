"""The commands for bundles received: ``verify``, ``import`` and the ``signer`` list;
parsing and printing over ``vault/app/bundles.py``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vault.app import i18n
from vault.app.bundles import (
    PublicKey,
    SignerStatus,
    TrustedSigner,
    check_confirmed_fingerprint,
    grouped_fingerprint,
    list_signers,
    open_for_import,
    parse_fingerprint,
    read_signer_key,
    report_lines,
    revoke_signer,
    take_in,
    trust,
    unpinned_warning,
    verify,
)
from vault.app.readable import human_time
from vault.cli.context import CommandContext, Register
from vault.cli.hints import hint_text
from vault.cli.output import PROG, emit_json, out, refuse
from vault.cli.progress import cancel_on_interrupt, progress_bar
from vault.cli.secrets import has_terminal
from vault.cli.table import print_table
from vault.core.errors import InputError

_ = i18n.translate  # an English template in the chosen language, data formatted in after


def _confirmed_key(args: argparse.Namespace) -> tuple[PublicKey, str]:
    """The key to trust, read from the file or bundle, and how its fingerprint was
    confirmed: ``--fingerprint`` (must match), ``--yes``, or the person typing yes on a
    terminal after seeing it in groups.  Nothing goes to stdout until it is trusted."""
    identity = Path(args.identity) if args.identity else None
    key = read_signer_key(Path(args.file), identity)
    grouped = grouped_fingerprint(key.fingerprint)
    if args.fingerprint:
        check_confirmed_fingerprint(key, args.fingerprint)
        return key, _("it matches the fingerprint given")
    if args.yes:
        return key, _("confirmed with --yes")
    if not has_terminal():
        raise InputError(
            f"The key's fingerprint is {grouped}; to trust it, give --fingerprint with the "
            "one the sender read out, or --yes when not in a terminal."
        )
    print(_("Signer fingerprint: {fingerprint}").format(fingerprint=grouped), file=sys.stderr)
    print(
        _(
            "Does it match, group by group, the fingerprint the sender read out to you by "
            "another route? Type yes to trust it: "
        ),
        end="",
        file=sys.stderr,
        flush=True,
    )
    if sys.stdin.readline().strip().lower() != "yes":
        raise InputError("Not confirmed; nothing was trusted.")
    return key, _("confirmed by you")


def cmd_signer(ctx: CommandContext) -> int:
    args = ctx.args
    # A bad key file or fingerprint, or a key not confirmed, is refused before the
    # passphrase is asked for.
    key, how = _confirmed_key(args) if args.signer_command == "trust" else (None, "")
    fingerprint = parse_fingerprint(args.fingerprint) if args.signer_command == "revoke" else ""
    with ctx.open_vault() as vault:
        if key is not None:
            outcome = trust(vault, key, args.name)
            signer = outcome.signer
            grouped = grouped_fingerprint(signer.fingerprint)
            out(
                _("Trusted {name}: {fingerprint} ({how})").format(
                    name=signer.name, fingerprint=grouped, how=how
                )
            )
            if outcome.raised:
                out(
                    _("Raised {count} earlier import(s) signed by this key to TRUSTED.").format(
                        count=len(outcome.raised)
                    )
                )
            return 0
        if fingerprint:
            signer = revoke_signer(vault, fingerprint)
            grouped = grouped_fingerprint(signer.fingerprint)
            out(_("Revoked {name}: {fingerprint}").format(name=signer.name, fingerprint=grouped))
            out(_("Bundles signed with this key are now refused by verify and import."))
            return 0
        signers: list[TrustedSigner] = list_signers(vault)
    if args.json:
        emit_json([signer.as_json() for signer in signers])
        return 0
    rows = [
        [
            signer.name,
            i18n.status_word("revoked" if signer.revoked else "trusted"),
            human_time(signer.revoked_utc if signer.revoked else signer.added_utc),
            signer.fingerprint,
        ]
        for signer in signers
    ]
    # The whole fingerprint: it is what trust rests on, and `signer revoke` takes it.
    print_table(("NAME", "STATUS", "SINCE", "FINGERPRINT"), rows, empty="No trusted signers.")
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
        for line in report_lines(report, _, i18n.translate_detail):
            out(line)
    failure = report.first_failure
    if failure is not None:
        why = i18n.translate_detail(failure.detail) + hint_text(failure.hint)
        refuse(
            _("bundle refused: {check}: {why}").format(check=failure.name, why=why)
        )  # a member's name escaped
        return 1
    if report.status is SignerStatus.UNPINNED:
        print(f"{PROG}: {unpinned_warning(_)}{hint_text('pin-signer')}", file=sys.stderr)
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
            _("Imported bundle {bundle} ({profile}, {form}) as case {code}: {case}").format(
                bundle=result.bundle_id,
                profile=result.profile,
                form=result.form,
                code=result.case_code,
                case=result.case_id,
            )
        )
        out(
            _(
                "From the sender's case {code}: {statements} statement(s), "
                "{attachments} attachment(s), {persons} person(s), {facilities} "
                "facility(ies), {incidents} incident(s), {links} link(s); {events} custody "
                "event(s) of the bundle kept."
            ).format(
                code=result.bundle_case_code,
                statements=counts["statements"],
                attachments=counts["attachments"],
                persons=counts["persons"],
                facilities=counts["facilities"],
                incidents=counts["incidents"],
                links=counts["links"],
                events=counts["custody_events"],
            )
        )
        named = f" ({i18n.translate_message(result.signer_name)})" if result.signer_name else ""
        out(
            _("Signer: {status}{named}, key {fingerprint}").format(
                status=result.signer_status,
                named=named,
                fingerprint=grouped_fingerprint(result.signer_fingerprint),
            )
        )
    for warning in result.warnings:
        refuse(warning)
    return 0


def add_verify_commands(command: Register) -> None:
    """Register ``signer`` and ``verify``."""
    p = command("signer", cmd_signer, "the signers whose bundles this vault trusts")
    signer = p.add_subparsers(dest="signer_command", metavar="trust|revoke|list", required=True)
    trusting = signer.add_parser(
        "trust", help="trust a signer's key, from a minisign .pub file or a received bundle"
    )
    trusting.add_argument(
        "file",
        metavar="FILE",
        help="a minisign public key file, or a bundle (folder, .zip, or .age with --identity) "
        "whose signature/signer.pub is read",
    )
    trusting.add_argument("--name", required=True, metavar="N", help="who the key belongs to")
    trusting.add_argument("--identity", metavar="F", help="age identity file for an .age bundle")
    trusting.add_argument(
        "--fingerprint",
        metavar="FP",
        help="the fingerprint the sender read out (64 hex digits, groups allowed); the key "
        "must match it, and no question is asked",
    )
    trusting.add_argument(
        "--yes",
        action="store_true",
        help="trust without asking (you compared the printed fingerprint yourself)",
    )
    revoke = signer.add_parser("revoke", help="stop trusting a key; its bundles are refused")
    revoke.add_argument("fingerprint", metavar="FINGERPRINT", help="as `signer list` shows it")
    listing = signer.add_parser("list", help="trusted and revoked signers")
    listing.add_argument(
        "--json",
        action="store_true",
        help="a JSON array (full fingerprints, ISO 8601 UTC) instead of a table",
    )

    p = command("verify", cmd_verify, "check a bundle: layout, hashes, signature, custody, signer")
    p.add_argument("bundle", metavar="BUNDLE", help="a bundle folder, .zip or .age file")
    p.add_argument("--identity", metavar="F", help="age identity file for an .age bundle")
    p.add_argument(
        "--signer",
        metavar="FINGERPRINT",
        help="the fingerprint the sender gave you by another route (64 hex digits, groups "
        "allowed): PINNED when it matches",
    )
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
