"""The ``redact`` commands: proposals, decisions, manual spans and boxes, review marks.

Registered by ``vault/cli.py``; each is a thin shell over ``vault/redact/proposals.py``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from vault.cli_context import CommandContext, Register, UsageError, emit_json
from vault.core.errors import InputError

if TYPE_CHECKING:
    from vault.redact.proposals import Redaction


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


def _print(records: list[Redaction], as_json: bool, kept: set[str] | None = None) -> None:
    """One line (or JSON object) per record; with ``kept`` (persons the chosen profile
    names anyway), their proposals read "kept by profile" and need no decision."""
    from vault.redact.proposals import KEPT_BY_PROFILE, profile_status

    statuses = [profile_status(r, kept or set()) for r in records]
    if as_json:
        emit_json(
            [
                {**r.as_json(), "status": status, "needs_decision": status == "proposed"}
                for r, status in zip(records, statuses, strict=True)
            ]
        )
        return
    for record, status in zip(records, statuses, strict=True):
        print(_line(record, status))
    if kept is not None and KEPT_BY_PROFILE in statuses:
        print("(kept by profile: this profile shows that name; no decision is needed)")


def parse_box(text: str) -> tuple[float, float, float, float]:
    """``X,Y,W,H`` as four numbers; InputError otherwise."""
    parts = text.replace(" ", "").split(",")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if len(values) != 4 or any(v != v or v in (float("inf"), float("-inf")) for v in values):
        raise InputError(f"A box is X,Y,WIDTH,HEIGHT (four numbers), not {text!r}.")
    return (values[0], values[1], values[2], values[3])


def cmd_redact(ctx: CommandContext) -> int:
    # Imported here: detection loads phone metadata and transliteration tables, which
    # every other command (and --help) should not wait for.
    from vault.redact.profiles import ProfilePolicy
    from vault.redact.proposals import (
        accept_all,
        add_box,
        add_span,
        decide,
        kept_persons,
        review_attachment,
        suggest,
    )

    args = ctx.args
    action = args.redact_command
    if action == "accept" and not args.all and (args.statement or args.profile):
        # Before opening: a usage mistake is told before any id is looked up.
        raise UsageError("--statement and --profile go with --all")
    with ctx.open_vault() as vault:
        if action == "suggest":
            records = suggest(vault, args.statement, args.profile)
            policy = ProfilePolicy.of(args.profile)
            case_id = records[0].case_id if records else None
            kept = kept_persons(vault, case_id, policy) if case_id else set()
            _print(records, args.json, kept)
        elif action == "accept":
            if args.all:
                if not args.statement or args.ids:
                    raise UsageError("use either --all --statement ID, or proposal ids")
                records = accept_all(
                    vault, args.statement, ProfilePolicy.of(args.profile) if args.profile else None
                )
            else:
                if args.statement or args.profile:
                    raise UsageError("--statement and --profile go with --all")
                if not args.ids:
                    raise UsageError("name the proposal ids to accept, or use --all --statement ID")
                records = decide(vault, args.ids, accept=True)
            _print(records, args.json)
        elif action == "reject":
            _print(decide(vault, args.ids, accept=False), args.json)
        elif action == "span":
            record = add_span(vault, args.statement, args.start, args.end, args.reason, args.field)
            print(record.id)
        elif action == "box":
            record = add_box(vault, args.attachment, parse_box(args.box), args.reason, args.page)
            print(record.id)
        else:
            print(review_attachment(vault, args.attachment))
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
        help="whose names to look for (default: public, the widest); names this profile "
        'shows anyway are listed as "kept by profile" and need no decision',
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
