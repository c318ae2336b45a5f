"""The ``redact`` commands: proposals, decisions, manual spans and boxes, review marks.

Registered by ``vault/cli.py``; each is a thin shell over ``vault/redact/proposals.py``.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from vault.cli_context import CommandContext, Register, UsageError, emit_json
from vault.core.errors import InputError

if TYPE_CHECKING:
    from vault.core.vault import Vault
    from vault.redact.proposals import Redaction
    from vault.redact.review import ReviewMark


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
        decide,
        kept_persons,
        suggest,
    )
    from vault.redact.review import review_attachment

    args = ctx.args
    action = args.redact_command
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
            _span(vault, args)
        elif action == "preview":
            _preview(vault, args)
        elif action == "list":
            _list(vault, args)
        elif action == "box":
            record = add_box(vault, args.attachment, parse_box(args.box), args.reason, args.page)
            print(record.id)
        else:
            for mark in review_attachment(vault, args.attachment, args.profile):
                print(f"{mark.id}\t{mark.profile}\tderivative sha256 {mark.derivative_sha256}")
    return 0


def _span(vault: Vault, args: argparse.Namespace) -> None:
    from vault.redact.proposals import add_span
    from vault.redact.span_text import add_spans_by_text

    by_offsets = args.start is not None or args.end is not None
    if by_offsets == (args.text is not None):
        raise UsageError("give either --text, or --start and --end")
    if by_offsets:
        if args.start is None or args.end is None or args.occurrence or args.all:
            raise UsageError("--start and --end go together, without --occurrence or --all")
        record = add_span(vault, args.statement, args.start, args.end, args.reason, args.field)
        print(record.id)
        return
    result = add_spans_by_text(
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
        print(f"{r.id}\t{r.field}[{r.start}:{r.end}]\t{r.replacement}\t{span.shown()}")
    if not result.names_registered and result.covered[0].redaction.reason == "identity":
        statement = result.covered[0].redaction
        print(
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
    from vault.export.preview import statement_as_exported

    exported = statement_as_exported(vault, statement_id, profile)
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
        print(f"Not exported for {profile}: {exported.left_out}. As it would read:")
    print(texts.body.rstrip("\n"))
    if texts.translation:
        print("--- translation ---")
        print(texts.translation.rstrip("\n"))
    if texts.place:
        print(f"--- place: {texts.place}")
    if not undecided:
        print(f"--- nothing undecided for {profile}: this is the text that leaves")
        return
    print(
        f"--- {len(undecided)} hit(s) nobody decided for {profile}; export refuses until each "
        f"is accepted or rejected (`redact suggest --statement {statement_id} "
        f"--profile {profile}`):"
    )
    for field, hit in undecided:
        shown = json.dumps(hit.text, ensure_ascii=False)
        print(f"{field}[{hit.start}:{hit.end}]\t{hit.reason}\t{shown}\t{hit.kind}")


def _preview_attachment(
    vault: Vault, attachment_id: str, profile: str, out: str | None, as_json: bool
) -> None:
    from pathlib import Path

    from vault.core.fsutil import write_new_private
    from vault.redact.preview import attachment_derivative
    from vault.redact.profiles import ProfilePolicy
    from vault.redact.review import review_state

    policy = ProfilePolicy.of(profile)
    derivative = attachment_derivative(vault, attachment_id, policy)
    if out:
        write_new_private(Path(out), derivative.data, "the preview")
    state = review_state(vault, attachment_id, policy.profile)
    reviewed = state.status
    if state.mark is not None and state.status == "reviewed":
        if state.mark.derivative_sha256 != derivative.sha256:
            reviewed = "stale (the file as exported changed since the review)"
    elif state.why:
        reviewed = f"{state.status} ({state.why})"
    if as_json:
        emit_json(
            {
                "attachment_id": attachment_id,
                "profile": policy.profile,
                "media_type": derivative.media_type,
                "size": len(derivative.data),
                "sha256": derivative.sha256,
                "applied": derivative.applied,
                "out": out,
                "review": reviewed,
            }
        )
        return
    print(
        f"Attachment {attachment_id} as it leaves for {policy.profile}: "
        f"{derivative.media_type}, {len(derivative.data)} bytes, sha256 {derivative.sha256}"
    )
    for line in derivative.applied:
        print(f"  - {line}")
    print(f"Review for {policy.profile}: {reviewed}")
    if out:
        print(f"Written to {out} (readable by you only; a plaintext copy: delete it when done)")


def _list(vault: Vault, args: argparse.Namespace) -> None:
    from vault.core.attachments import get_attachment, list_attachments
    from vault.core.statements import get_statement, list_statements
    from vault.redact.profiles import ANONYMIZED_PROFILES
    from vault.redact.proposals import attachment_redactions, statement_redactions
    from vault.redact.review import review_marks, review_state

    chosen = [args.statement, args.attachment, args.case]
    if sum(x is not None for x in chosen) != 1:
        raise UsageError("list one of --statement ID, --attachment ID or --case ID")
    if args.case is not None:
        statements = list_statements(vault, args.case)
        attachments = list_attachments(vault, args.case)
    else:
        statements = [get_statement(vault, args.statement)] if args.statement else []
        attachments = [get_attachment(vault, args.attachment)] if args.attachment else []
    listed: list[dict[str, object]] = []
    for statement in statements:
        for r in statement_redactions(vault, statement):
            listed.append({**r.as_json(), "line": _line(r, r.status)})
    for attachment in attachments:
        for r in attachment_redactions(vault, attachment.id):
            listed.append({**r.as_json(), "line": _line(r, r.status)})
        for mark in review_marks(vault, attachment.id):
            listed.append({"review": mark.as_json(), "line": _mark_line(mark)})
        marked = {m.profile for m in review_marks(vault, attachment.id) if m.profile}
        for profile in [p for p in ANONYMIZED_PROFILES if p in marked] or ["any profile"]:
            state = review_state(vault, attachment.id, profile)
            why = f" ({state.why})" if state.why else ""
            listed.append(
                {
                    "attachment_id": attachment.id,
                    "profile": profile,
                    "review_state": state.status,
                    "why": state.why,
                    "line": f"{attachment.id}\treview for {profile}: {state.status}{why}",
                }
            )
    if args.json:
        emit_json([{k: v for k, v in item.items() if k != "line"} for item in listed])
        return
    if not listed:
        print("(no proposals, spans, boxes or review marks)")
    for item in listed:
        print(item["line"])


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
    s.add_argument(
        "--profile",
        metavar="PROFILE",
        help="the profile whose derivative you looked at (redact preview); default: every "
        "anonymized profile, refused when the derivative differs between them",
    )
    s = sub.add_parser("preview", help="what will leave: a statement's text, an attachment's file")
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
