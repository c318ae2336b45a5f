"""The ``redact`` commands: proposals, decisions, manual spans and boxes, review marks.

Registered by ``vault/cli/main.py``; parsing and printing over ``vault/app/redaction.py``.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from vault.cli.context import CommandContext, Register, UsageError
from vault.cli.output import emit_json, out

if TYPE_CHECKING:
    from vault.app.redaction import Decisions, Redaction, ReviewMark
    from vault.core.vault import Vault


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
    if action == "accept" and not args.all and (args.statement or args.profile):
        # Before opening: a usage mistake is told before any id is looked up.
        raise UsageError("--statement and --profile go with --all")
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
            _span(vault, args)
        elif action == "preview":
            _preview(vault, args)
        elif action == "list":
            _list(vault, args)
        elif action == "box":
            box = redaction.parse_box(args.box)
            record = redaction.add_box(vault, args.attachment, box, args.reason, args.page)
            out(record.id)
        else:
            # One line per mark: its id first (what later commands take), then the profile
            # and the SHA-256 of the derivative the person looked at.
            for mark in redaction.review_attachment(vault, args.attachment, args.profile):
                out(f"{mark.id}\t{mark.profile}\tderivative sha256 {mark.derivative_sha256}")
    return 0


def _span(vault: Vault, args: argparse.Namespace) -> None:
    from vault.app import redaction

    by_offsets = args.start is not None or args.end is not None
    if by_offsets == (args.text is not None):
        raise UsageError("give either --text, or --start and --end")
    if by_offsets:
        if args.start is None or args.end is None or args.occurrence or args.all:
            raise UsageError("--start and --end go together, without --occurrence or --all")
        record = redaction.add_span(
            vault, args.statement, args.start, args.end, args.reason, args.field
        )
        out(record.id)
        return
    result = redaction.add_spans_by_text(
        vault,
        args.statement,
        args.text,
        args.reason,
        occurrence=args.occurrence,
        every=args.all,
        field=args.field,
    )
    for span in result.covered:
        r = span.redaction
        out(f"{r.id}\t{r.field}[{r.start}:{r.end}]\t{r.replacement}\t{span.shown()}")
    if not result.names_registered and result.covered[0].redaction.reason == "identity":
        statement = result.covered[0].redaction
        out(
            f"Note: {args.text!r} names nobody registered in this case. To find it in every "
            "statement and export, register the person: `person add --case "
            f'{statement.case_id} --name "{args.text}" --role ROLE`.'
        )


def _preview(vault: Vault, args: argparse.Namespace) -> None:
    if (args.statement is None) == (args.attachment is None):
        raise UsageError("preview either --statement ID or --attachment ID")
    if args.statement is not None:
        if args.out:
            raise UsageError("--out goes with --attachment (a statement is printed)")
        _preview_statement(vault, args.statement, args.profile, args.json)
    else:
        _preview_attachment(vault, args.attachment, args.profile, args.out, args.json)


def _preview_statement(vault: Vault, statement_id: str, profile: str, as_json: bool) -> None:
    from vault.app import redaction

    exported = redaction.statement_as_exported(vault, statement_id, profile)
    texts, undecided = exported.preview.texts, exported.preview.undecided
    if as_json:
        emit_json(
            {
                "statement_id": statement_id,
                "profile": profile,
                "body": texts.body,
                "translation": texts.translation,
                "place": texts.place,
                "left_out": exported.left_out,
                "undecided": [
                    {"field": f, "start": h.start, "end": h.end, "text": h.text,
                     "reason": h.reason, "kind": h.kind}
                    for f, h in undecided
                ],
            }
        )  # fmt: skip
        return
    if exported.left_out:
        out(f"Not exported for {profile}: {exported.left_out}. As it would read:")
    out(texts.body.rstrip("\n"))
    if texts.translation:
        out("--- translation ---")
        out(texts.translation.rstrip("\n"))
    if texts.place:
        out(f"--- place: {texts.place}")
    if not undecided:
        out(f"--- nothing undecided for {profile}: this is the text that leaves")
        return
    out(
        f"--- {len(undecided)} hit(s) nobody decided for {profile}; export refuses until each "
        f"is accepted or rejected (`redact suggest --statement {statement_id} "
        f"--profile {profile}`):"
    )
    for field, hit in undecided:
        shown = json.dumps(hit.text, ensure_ascii=False)
        out(f"{field}[{hit.start}:{hit.end}]\t{hit.reason}\t{shown}\t{hit.kind}")


def _preview_attachment(
    vault: Vault, attachment_id: str, profile: str, out_file: str | None, as_json: bool
) -> None:
    from pathlib import Path

    from vault.app import redaction

    made = redaction.preview_attachment(
        vault, attachment_id, profile, Path(out_file) if out_file else None
    )
    if as_json:
        emit_json(made.as_json())
        return
    out(
        f"Attachment {attachment_id} as it leaves for {made.profile}: "
        f"{made.media_type}, {made.size} bytes, sha256 {made.sha256}"
    )
    for line in made.applied:
        out(f"  - {line}")
    out(f"Review for {made.profile}: {made.review}")
    if out_file:
        out(f"Written to {out_file} (readable by you only; a plaintext copy: delete it when done)")


def _list(vault: Vault, args: argparse.Namespace) -> None:
    from vault.app import redaction

    chosen = [args.statement, args.attachment, args.case]
    if sum(x is not None for x in chosen) != 1:
        raise UsageError("list one of --statement ID, --attachment ID or --case ID")
    found = redaction.listing(vault, args.statement, args.attachment, args.case)
    listed: list[dict[str, object]] = []
    for r in found.records:
        listed.append({**r.as_json(), "line": _line(r, r.status)})
    for mark in found.marks:
        listed.append({"review": mark.as_json(), "line": _mark_line(mark)})
    for attachment_id, profile, state in found.states:
        why = f" ({state.why})" if state.why else ""
        listed.append(
            {
                "attachment_id": attachment_id,
                "profile": profile,
                "review_state": state.status,
                "why": state.why,
                "line": f"{attachment_id}\treview for {profile}: {state.status}{why}",
            }
        )
    if args.json:
        emit_json([{k: v for k, v in item.items() if k != "line"} for item in listed])
        return
    if not listed:
        out("(no proposals, spans, boxes or review marks)")
    for item in listed:
        out(str(item["line"]))


def _mark_line(mark: ReviewMark) -> str:
    sha = mark.derivative_sha256 or "(not recorded)"
    return (
        f"{mark.id}\treviewed\t{mark.attachment_id}\tprofile {mark.profile or '(none)'}"
        f"\t{mark.operator}\t{mark.reviewed_utc}\tderivative sha256 {sha}"
    )


def add_commands(command: Register) -> None:
    """Register ``redact`` and its subcommands."""
    p = command("redact", cmd_redact, "redaction proposals, decisions, spans, boxes, review")
    sub = p.add_subparsers(dest="redact_command", metavar="ACTION", required=True)
    s = sub.add_parser("suggest", help="detect names, contacts, documents, places")
    s.add_argument("--case", metavar="ID", help="the case the codes are read in (C-001)")
    s.add_argument("--statement", required=True, metavar="ID", help="code (S-001), id or prefix")
    s.add_argument(
        "--profile",
        default="public",
        metavar="PROFILE",
        help="the export you prepare (default: public). Everyone in the case is looked for; "
        'names this profile shows anyway are listed as "kept by profile" and need no decision',
    )
    s.add_argument("--json", action="store_true", help="a JSON array instead of text")
    s = sub.add_parser("accept", help="accept proposals (or --all of a statement)")
    s.add_argument("--case", metavar="ID", help="the case the codes are read in (C-001)")
    s.add_argument("ids", nargs="*", metavar="PROPOSAL_ID", help="as `redact suggest` lists them")
    s.add_argument("--all", action="store_true", help="every open proposal of --statement")
    s.add_argument("--statement", metavar="ID", help="with --all: code (S-001), id or prefix")
    s.add_argument(
        "--profile",
        metavar="PROFILE",
        help='with --all: leave the proposals this profile keeps by itself ("kept by profile")',
    )
    s.add_argument("--json", action="store_true", help="a JSON array instead of text")
    s = sub.add_parser("reject", help="reject proposals (false positives)")
    s.add_argument("ids", nargs="+", metavar="PROPOSAL_ID", help="as `redact suggest` lists them")
    s.add_argument("--json", action="store_true", help="a JSON array instead of text")
    s = sub.add_parser("span", help="redact a span of a statement by hand")
    s.add_argument("--case", metavar="ID", help="the case the codes are read in (C-001)")
    s.add_argument("--statement", required=True, metavar="ID", help="code (S-001), id or prefix")
    s.add_argument(
        "--text",
        metavar="TEXT",
        help="the words to redact, exactly as written (instead of --start/--end)",
    )
    s.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help="with --text: which occurrence, from 1 (needed when it appears more than once)",
    )
    s.add_argument("--all", action="store_true", help="with --text: every occurrence")
    s.add_argument("--start", type=int, metavar="N", help="first character, counted from 0")
    s.add_argument("--end", type=int, metavar="N", help="one past the last")
    s.add_argument("--reason", required=True, metavar="R", help=REASON_HELP)
    s.add_argument("--field", default="body", choices=["body", "translation"], help="default: body")
    s = sub.add_parser("box", help="a solid box on an image or PDF page")
    s.add_argument("--case", metavar="ID", help="the case the codes are read in (C-001)")
    s.add_argument("--attachment", required=True, metavar="ID", help="code (A-001), id or prefix")
    s.add_argument("--page", type=int, default=1, metavar="N", help="PDF page, from 1 (default: 1)")
    s.add_argument(
        "--box",
        required=True,
        metavar="X,Y,W,H",
        help="origin top-left; image pixels as displayed, or PDF points of the displayed page",
    )
    s.add_argument("--reason", required=True, metavar="R", help=REASON_HELP)
    s = sub.add_parser("review", help="mark an attachment reviewed as it will be exported")
    s.add_argument("--case", metavar="ID", help="the case the codes are read in (C-001)")
    s.add_argument("--attachment", required=True, metavar="ID", help="code (A-001), id or prefix")
    s.add_argument(
        "--profile",
        metavar="PROFILE",
        help="the profile whose derivative you looked at (redact preview); default: every "
        "anonymized profile, refused when the derivative differs between them",
    )
    s = sub.add_parser("preview", help="what will leave: a statement's text, an attachment's file")
    s.add_argument("--case", metavar="ID", help="the case the codes are read in (C-001)")
    s.add_argument("--statement", metavar="ID", help="print the text as it will be exported")
    s.add_argument(
        "--attachment", metavar="ID", help="make the derivative exactly as it will be exported"
    )
    s.add_argument(
        "--profile", required=True, metavar="PROFILE", help="the export profile to preview for"
    )
    s.add_argument(
        "--out",
        metavar="FILE",
        help="with --attachment: write the derivative to this new file (mode 0600; an "
        "existing file is never overwritten); a plaintext copy, delete it when done",
    )
    s.add_argument("--json", action="store_true", help="one JSON object instead of text")
    s = sub.add_parser("list", help="proposals, spans, boxes and review marks")
    s.add_argument("--statement", metavar="ID", help="of one statement's current version")
    s.add_argument("--attachment", metavar="ID", help="of one attachment")
    s.add_argument("--case", metavar="ID", help="of every statement and attachment of a case")
    s.add_argument("--json", action="store_true", help="a JSON list instead of text lines")
