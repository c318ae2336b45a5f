"""The ``redact`` commands: proposals, decisions, manual spans and boxes, review marks.

Registered by ``vault/cli/main.py``; parsing and printing over ``vault/app/redaction.py``.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from vault.app import i18n
from vault.app.readable import Labels, human_time, short_id
from vault.cli.context import CommandContext, Register, UsageError
from vault.cli.output import emit_json, out
from vault.cli.table import print_table

_ = i18n.translate  # an English template in the chosen language, data formatted in after

if TYPE_CHECKING:
    from vault.app.redaction import Decisions, Redaction, ReviewMark
    from vault.core.vault import Vault


REASON_HELP = "identity, contact, location, document or other"


REDACTION_HEADERS = ("ID", "STATUS", "TARGET", "WHERE", "REASON", "REPLACEMENT", "TEXT", "KIND")


def _row(record: Redaction, status: str, labels: Labels) -> list[str]:
    """A redaction's cells under REDACTION_HEADERS: the short id (accept and reject take
    it back), the statement or attachment by its code, and for a text span its field and
    character range, what replaces it, the words covered and why detection proposed it."""
    target = labels.code(record.target_type, record.target_id)
    if record.target_type == "statement":
        where = f"{record.field}[{record.start}:{record.end}]"
        shown = json.dumps(record.matched_text, ensure_ascii=False)
        why = f" ({record.explanation})" if record.explanation else ""
        return [
            short_id(record.id), i18n.status_word(status), target, where, record.reason,
            record.replacement,
            shown, f"{record.kind}{why}",
        ]  # fmt: skip
    box = ",".join(f"{v:g}" for v in record.box)
    where = i18n.word("page {page} box {box}").format(page=record.page, box=box)
    status = i18n.status_word(status)
    return [short_id(record.id), status, target, where, record.reason, "-", "-", record.kind]


def _print(vault: Vault, decisions: Decisions, as_json: bool) -> None:
    """A table (or JSON objects), one record a row; proposals the chosen profile keeps
    anyway read "kept by profile" and need no decision."""
    if as_json:
        emit_json(decisions.as_json())
        return
    labels = Labels(vault)
    rows = [
        _row(record, status, labels)
        for record, status in zip(decisions.records, decisions.statuses, strict=True)
    ]
    print_table(REDACTION_HEADERS, rows, empty="Nothing found to redact.")
    if decisions.kept_by_profile:
        out(_("(kept by profile: this profile shows that name; no decision is needed)"))


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
            _print(vault, redaction.propose(vault, args.statement, args.profile), args.json)
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
            _print(vault, decisions, args.json)
        elif action == "reject":
            _print(vault, redaction.reject(vault, args.ids), args.json)
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
                out(
                    f"{mark.id}\t{mark.profile}\t"
                    + i18n.word("derivative sha256 {sha256}").format(sha256=mark.derivative_sha256)
                )
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
            _(
                "Note: {text} names nobody registered in this case. To find it in every "
                "statement and export, register the person: `person add --case {case} "
                '--name "{name}" --role ROLE`.'
            ).format(
                text=repr(args.text),
                case=Labels(vault).code("case", statement.case_id),
                name=args.text,
            )
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
        out(
            _("Not exported for {profile}: {why}. As it would read:").format(
                profile=profile, why=i18n.translate_message(exported.left_out)
            )
        )
    out(texts.body.rstrip("\n"))
    if texts.translation:
        out(_("--- translation ---"))
        out(texts.translation.rstrip("\n"))
    if texts.place:
        out(_("--- place: {place}").format(place=texts.place))
    if not undecided:
        out(
            _("--- nothing undecided for {profile}: this is the text that leaves").format(
                profile=profile
            )
        )
        return
    code = Labels(vault).code("statement", statement_id)
    out(
        _(
            "--- {count} hit(s) nobody decided for {profile}; export refuses until each "
            "is accepted or rejected (`redact suggest --statement {code} "
            "--profile {profile}`):"
        ).format(count=len(undecided), profile=profile, code=code)
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
    code = Labels(vault).code("attachment", attachment_id)
    out(
        _(
            "Attachment {code} as it leaves for {profile}: {media_type}, {size} bytes, "
            "sha256 {sha256}"
        ).format(
            code=code,
            profile=made.profile,
            media_type=made.media_type,
            size=made.size,
            sha256=made.sha256,
        )
    )
    for line in made.applied:
        out(f"  - {i18n.translate_message(line)}")
    out(
        _("Review for {profile}: {review}").format(
            profile=made.profile, review=i18n.status_word(made.review)
        )
    )
    if out_file:
        out(
            _(
                "Written to {path} (readable by you only; a plaintext copy: delete it when done)"
            ).format(path=out_file)
        )


def _list(vault: Vault, args: argparse.Namespace) -> None:
    from vault.app import redaction

    chosen = [args.statement, args.attachment, args.case]
    if sum(x is not None for x in chosen) != 1:
        raise UsageError("list one of --statement ID, --attachment ID or --case ID")
    found = redaction.listing(vault, args.statement, args.attachment, args.case)
    if args.json:
        listed: list[dict[str, object]] = [r.as_json() for r in found.records]
        listed += [{"review": mark.as_json()} for mark in found.marks]
        listed += [
            {"attachment_id": a, "profile": p, "review_state": state.status, "why": state.why}
            for a, p, state in found.states
        ]
        emit_json(listed)
        return
    if not (found.records or found.marks or found.states):
        out(_("(no proposals, spans, boxes or review marks)"))
        return
    labels = Labels(vault)
    # Three tables, each under its own header row, a blank line between them.
    tables: list[tuple[tuple[str, ...], list[list[str]]]] = [
        (REDACTION_HEADERS, [_row(r, r.status, labels) for r in found.records]),
        (
            ("REVIEW", "ATTACHMENT", "PROFILE", "OPERATOR", "REVIEWED", "DERIVATIVE SHA256"),
            [_mark_row(mark, labels) for mark in found.marks],
        ),
        (
            ("ATTACHMENT", "PROFILE", "REVIEW STATE", "WHY"),
            [
                [
                    labels.code("attachment", a),
                    i18n.status_word(p),
                    i18n.status_word(state.status),
                    i18n.translate_message(state.why) if state.why else "-",
                ]
                for a, p, state in found.states
            ],
        ),
    ]
    printed = False
    for headers, rows in tables:
        if rows:
            if printed:
                out()
            print_table(headers, rows, empty="")
            printed = True


def _mark_row(mark: ReviewMark, labels: Labels) -> list[str]:
    return [
        short_id(mark.id),
        labels.code("attachment", mark.attachment_id),
        mark.profile or "(none)",
        mark.operator,
        human_time(mark.reviewed_utc),
        mark.derivative_sha256 or "(not recorded)",
    ]


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
    s.add_argument("--json", action="store_true", help="a JSON array (full ids) instead of a table")
    s = sub.add_parser("accept", help="accept proposals (or --all of a statement)")
    s.add_argument("--case", metavar="ID", help="the case the codes are read in (C-001)")
    s.add_argument(
        "ids",
        nargs="*",
        metavar="PROPOSAL_ID",
        help="as `redact suggest` lists them (the id or its first 6+ characters)",
    )
    s.add_argument("--all", action="store_true", help="every open proposal of --statement")
    s.add_argument("--statement", metavar="ID", help="with --all: code (S-001), id or prefix")
    s.add_argument(
        "--profile",
        metavar="PROFILE",
        help='with --all: leave the proposals this profile keeps by itself ("kept by profile")',
    )
    s.add_argument("--json", action="store_true", help="a JSON array (full ids) instead of a table")
    s = sub.add_parser("reject", help="reject proposals (false positives)")
    s.add_argument(
        "ids",
        nargs="+",
        metavar="PROPOSAL_ID",
        help="as `redact suggest` lists them (the id or its first 6+ characters)",
    )
    s.add_argument("--json", action="store_true", help="a JSON array (full ids) instead of a table")
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
    s.add_argument(
        "--field",
        default="body",
        choices=["body", "translation"],
        metavar="body|translation",
        help="which text of the statement (default: body)",
    )
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
        "--profile",
        required=True,
        metavar="PROFILE",
        help="the export profile to preview for: legal, government, ngo, media, public or evidence",
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
    s.add_argument(
        "--json",
        action="store_true",
        help="a JSON array (full ids, ISO 8601 UTC) instead of tables",
    )
