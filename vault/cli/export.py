"""The ``export`` command: parsing and printing over ``vault/app/export_flow.py``."""

from __future__ import annotations

from pathlib import Path

from vault.app import i18n
from vault.app.bundles import grouped_fingerprint
from vault.app.readable import Labels
from vault.cli.context import CommandContext, Register
from vault.cli.hints import hint_text
from vault.cli.output import out, warn
from vault.cli.progress import cancel_on_interrupt, progress_bar

_ = i18n.translate  # an English template in the chosen language, data formatted in after

PROFILE_HELP = "legal, government, ngo, media, public or evidence"


def cmd_export(ctx: CommandContext) -> int:
    # Imported here: PDF, image and font libraries take seconds to load, and every other
    # command (and --help) should not wait for them.
    from vault.app import export_flow

    args = ctx.args
    with ctx.open_vault() as vault, cancel_on_interrupt() as cancel:
        # Built after opening: opening turns codes and id prefixes into ids.
        request = export_flow.ExportRequest(
            case_id=args.case,
            options=export_flow.ExportOptions(
                profile=args.profile,
                statement_ids=tuple(args.statement or ()),
                skip_unreviewed=args.skip_unreviewed,
                include_media=args.include_media,
                show_perpetrators=args.show_perpetrators,
            ),
            out=Path(args.out),
            recipients=tuple(args.recipient or ()),
            as_zip=args.zip,
        )
        # The command line has no one to show the plan to: it writes what it planned.
        progress = progress_bar()
        planned = export_flow.plan(vault, request, progress, cancel=cancel)
        result = export_flow.write(vault, planned, progress, cancel=cancel)
        labels = Labels(vault)
        left_out = [
            (labels.code("attachment", left.attachment_id), left)
            for left in export_flow.attachments_left_out(result)
        ]
    added = ""
    if planned.suffix_added:
        added = _(" ({suffix} added to --out)").format(suffix=result.out.suffix)
    out(
        _("Exported bundle {bundle} ({form}) to {path}{added}").format(
            bundle=result.bundle_id, form=result.form, path=result.out, added=added
        )
    )
    out(
        _("Profile {profile}: {statements} statement(s), {attachments} attachment(s).").format(
            profile=result.profile,
            statements=result.statements,
            attachments=result.attachments,
        )
    )
    for why, count in sorted(result.statements_left_out.items()):
        out(_("Left out: {count} statement(s) ({why}).").format(count=count, why=why))
    for code, left in left_out:
        why = i18n.translate_message(left.why) + hint_text(left.hint)
        out(
            _("Left out: attachment {code} ({name}): {why}.").format(
                code=code, name=left.name, why=why
            )
        )
    fingerprint = grouped_fingerprint(result.signer_fingerprint)
    out(_("Signed by this vault's key, fingerprint {fingerprint}").format(fingerprint=fingerprint))
    for warning in result.warnings:
        warn(warning)
    return 0


def add_commands(command: Register) -> None:
    """Register ``export``."""
    p = command("export", cmd_export, "write a signed bundle of one case for one profile")
    p.add_argument("--case", required=True, metavar="ID", help="code (C-001), id or id prefix")
    p.add_argument("--profile", required=True, metavar="PROFILE", help=PROFILE_HELP)
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="the bundle to write (must not exist); .zip or .age is added when missing",
    )
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
        help="only these statements and their attachments (S-001, id; repeatable)",
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
