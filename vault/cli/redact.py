"""The ``redact`` commands: proposals, decisions, manual spans and boxes, review marks.

Registered by ``vault/cli/main.py``; parsing and printing over ``vault/app/redaction.py``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from vault.cli.context import CommandContext, Register, UsageError
from vault.cli.output import emit_json, out

if TYPE_CHECKING:
    from vault.app.redaction import Decisions, Redaction


REASON_HELP = "identity, contact, location, document or other"


def _line(record: Redaction, status: str) -> str:
    if record.target_type == "statement":
        where = f"{record.field}[{record.start}:{record.end}]"
        shown = json.dumps(record.matched_text, ensure_ascii=False)
        # The kind (name, phone, phone-like...) and why detection proposed it go last, so
        # the columns before them stay where scripts expect them.
        why = f" ({record.explanation})" if record.explanation else ""
        return (
            f"{record.id}\t{status}\t{where}\t{record.reason}\t{record.replacement}"
            f"\t{shown}\t{record.kind}{why}"
        )
    box = ",".join(f"{v:g}" for v in record.box)
    return f"{record.id}\t{status}\tpage {record.page} box {box}\t{record.reason}"


def _print(decisions: Decisions, as_json: bool) -> None:
    """One line (or JSON object) per record; proposals the chosen profile keeps anyway
    read "kept by profile" and need no decision."""
    if as_json:
        emit_json(decisions.as_json())
        return
    for record, status in zip(decisions.records, decisions.statuses, strict=True):
        out(_line(record, status))
    if decisions.kept_by_profile:
        out("(kept by profile: this profile shows that name; no decision is needed)")


def cmd_redact(ctx: CommandContext) -> int:
    # Imported here: detection loads phone metadata and transliteration tables, which
    # every other command (and --help) should not wait for.
    from vault.app import redaction

    args = ctx.args
    action = args.redact_command
    with ctx.open_vault() as vault:
        if action == "suggest":
            _print(redaction.propose(vault, args.statement, args.profile), args.json)
        elif action == "accept":
            if args.all:
                if not args.statement or args.ids:
                    raise UsageError("use either --all --statement ID, or proposal ids")
                decisions = redaction.accept_all_of_statement(vault, args.statement, args.profile)
            else:
                if args.statement or args.profile:
                    raise UsageError("--statement and --profile go with --all")
                if not args.ids:
                    raise UsageError("name the proposal ids to accept, or use --all --statement ID")
                decisions = redaction.accept(vault, args.ids)
            _print(decisions, args.json)
        elif action == "reject":
            _print(redaction.reject(vault, args.ids), args.json)
        elif action == "span":
            record = redaction.add_span(
                vault, args.statement, args.start, args.end, args.reason, args.field
            )
            out(record.id)
        elif action == "box":
            box = redaction.parse_box(args.box)
            record = redaction.add_box(vault, args.attachment, box, args.reason, args.page)
            out(record.id)
        else:
            out(redaction.review_attachment(vault, args.attachment))
    return 0


def add_commands(command: Register) -> None:
    """Register ``redact`` and its subcommands."""
    p = command("redact", cmd_redact, "redaction proposals, decisions, spans, boxes, review")
    sub = p.add_subparsers(dest="redact_command", metavar="ACTION", required=True)
    s = sub.add_parser("suggest", help="detect names, contacts, documents, places")
    s.add_argument("--statement", required=True, metavar="ID")
    s.add_argument(
        "--profile",
        default="public",
        metavar="PROFILE",
        help="the export you prepare (default: public). Everyone in the case is looked for; "
        'names this profile shows anyway are listed as "kept by profile" and need no decision',
    )
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("accept", help="accept proposals (or --all of a statement)")
    s.add_argument("ids", nargs="*", metavar="PROPOSAL_ID")
    s.add_argument("--all", action="store_true")
    s.add_argument("--statement", metavar="ID")
    s.add_argument(
        "--profile",
        metavar="PROFILE",
        help='with --all: leave the proposals this profile keeps by itself ("kept by profile")',
    )
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("reject", help="reject proposals (false positives)")
    s.add_argument("ids", nargs="+", metavar="PROPOSAL_ID")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("span", help="redact a span of a statement by hand")
    s.add_argument("--statement", required=True, metavar="ID")
    s.add_argument(
        "--start", required=True, type=int, metavar="N", help="first character, counted from 0"
    )
    s.add_argument("--end", required=True, type=int, metavar="N", help="one past the last")
    s.add_argument("--reason", required=True, metavar="R", help=REASON_HELP)
    s.add_argument("--field", default="body", choices=["body", "translation"])
    s = sub.add_parser("box", help="a solid box on an image or PDF page")
    s.add_argument("--attachment", required=True, metavar="ID")
    s.add_argument("--page", type=int, default=1, metavar="N", help="PDF page, from 1")
    s.add_argument(
        "--box",
        required=True,
        metavar="X,Y,W,H",
        help="origin top-left; image pixels as displayed, or PDF points of the displayed page",
    )
    s.add_argument("--reason", required=True, metavar="R", help=REASON_HELP)
    s = sub.add_parser("review", help="mark an attachment reviewed as it will be exported")
    s.add_argument("--attachment", required=True, metavar="ID")
