"""The ``export`` command: a thin shell over ``vault/export/bundle.py``."""

from __future__ import annotations

import sys
from pathlib import Path

from vault.cli_context import CommandContext, Register

PROFILE_HELP = "legal, government, ngo, media, public or evidence"


def cmd_export(ctx: CommandContext) -> int:
    # Imported here: PDF, image and font libraries take seconds to load, and every other
    # command (and --help) should not wait for them.
    from vault.export.bundle import export_bundle
    from vault.export.plan import ExportOptions

    args = ctx.args
    with ctx.open_vault() as vault:  # opening turns codes and id prefixes into ids
        options = ExportOptions(
            profile=args.profile,
            statement_ids=tuple(args.statement or ()),
            skip_unreviewed=args.skip_unreviewed,
            include_media=args.include_media,
            show_perpetrators=args.show_perpetrators,
        )
        result = export_bundle(
            vault, args.case, options, Path(args.out), list(args.recipient or ()), args.zip
        )
    print(f"Exported bundle {result.bundle_id} ({result.form}) to {result.out}")
    print(
        f"Profile {result.profile}: {result.statements} statement(s), "
        f"{result.attachments} attachment(s)."
    )
    for why, count in sorted(result.statements_left_out.items()):
        print(f"Left out: {count} statement(s) ({why}).")
    for attachment_id, name, why in result.attachments_left_out:
        print(f"Left out: attachment {attachment_id} ({name}): {why}.")
    fp = result.signer_fingerprint
    print(
        "Signed by this vault's key, fingerprint "
        + " ".join(fp[i : i + 8] for i in range(0, len(fp), 8))
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def add_commands(command: Register) -> None:
    """Register ``export``."""
    p = command("export", cmd_export, "write a signed bundle of one case for one profile")
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--profile", required=True, metavar="PROFILE", help=PROFILE_HELP)
    p.add_argument("--out", required=True, metavar="PATH")
    p.add_argument(
        "--recipient",
        action="append",
        metavar="AGE_PUBKEY",
        help="encrypt the bundle to this age recipient (repeatable)",
    )
    p.add_argument("--zip", action="store_true", help="one zip file instead of a folder")
    p.add_argument(
        "--statement",
        action="append",
        metavar="ID",
        help="only these statements (and their attachments)",
    )
    p.add_argument(
        "--skip-unreviewed",
        action="store_true",
        help="leave out attachments not reviewed as exported, and say so",
    )
    p.add_argument(
        "--include-media", action="store_true", help="include audio/video (voices identify people)"
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--show-perpetrators",
        dest="show_perpetrators",
        action="store_const",
        const=True,
        default=None,
        help="name perpetrators even where the profile codes them (media, public)",
    )
    group.add_argument(
        "--hide-perpetrators",
        dest="show_perpetrators",
        action="store_const",
        const=False,
        help="code perpetrators even where the profile names them",
    )
