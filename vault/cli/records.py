"""The record commands of the command line (DESIGN.md "Command line"): case, attach, list,
person, consent, statement, incident, facility, link, show and search; parsing and
printing over ``vault/app/forms.py`` and ``vault/app/records.py``.

Every add or edit prints the new id on stdout (warnings go to stderr); each command is
one transaction in the core, so a refusal leaves nothing half-written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vault.app import forms, i18n, manage
from vault.app.evidence import take_in
from vault.app.intake_check import IntakeRefused, refusal_sentence
from vault.app.readable import Labels, human_date, human_time, short_hash, short_id
from vault.app.records import DEFAULT_LIMIT, RecordList, list_records, search, show
from vault.app.summary import RecordSummary, summarize
from vault.cli.context import CommandContext, Register, UsageError
from vault.cli.helptext import help_text
from vault.cli.ids import split_type_and_id
from vault.cli.manage import CORRECTION_REASON_HELP
from vault.cli.manage import add_commands as add_manage_commands
from vault.cli.output import emit_json, one_line, out, refuse, warn
from vault.cli.progress import cancel_on_interrupt, progress_bar
from vault.cli.table import print_table

_ = i18n.translate  # an English template in the chosen language, data formatted in after

SEARCH_HELP = """\
query syntax (docs/search.md):
  sargsyan batons     every word must match (AND)
  Grigoryan OR Sargsian   either
  "rubber batons"     a phrase: these words in this order
  Sarg*               words starting with Sarg (catches endings: Саргсян*)
  W-001, C-002        person and case codes
Spellings fold: case, Latin accents, ё/е, and transliteration between Latin,
Cyrillic, Armenian and Azerbaijani (seki = Şəki, Aliyev = Əliyev, Sargsian =
Саргсян = Սարգսյան). Exact matches are listed first. A query naming a registered
person also lists their mentions as redaction finds them (Давита Саргсяна).
Output: a table of type, record (its code, or its id's first 8 characters), case
code, field (page:N for a PDF page), match (exact, folded, person) and snippet;
--json: full ids, case_id, case_code, page and score."""

LIST_KINDS = ("cases", "attachments", "persons", "statements", "incidents", "facilities", "links")


# ---- commands ------------------------------------------------------------------------


def cmd_case(ctx: CommandContext) -> int:
    args = ctx.args
    if args.case_command == "edit" and args.title is None and args.region is None:
        raise UsageError("case edit needs --title T and/or --region CODES")
    editing = args.case_command == "edit"
    with ctx.open_vault() as vault:
        case = forms.save_case(
            vault,
            args.title,
            args.region,
            args.id if editing else None,
            reason=getattr(args, "reason", None),
        )
    out(f"{case.id}\t{case.code}")
    return 0


def cmd_attach(ctx: CommandContext) -> int:
    paths = [Path(p) for p in ctx.args.files]
    with ctx.open_vault() as vault, cancel_on_interrupt() as cancel:
        try:
            intake = take_in(
                vault,
                ctx.args.case,
                paths,
                ctx.args.statement,
                progress_bar(),
                cancel=cancel,
                refuse_repeats=not ctx.args.again,
                as_received=ctx.args.as_received,
            )
        except IntakeRefused as exc:
            return _refused_intake(exc)
    for attachment in intake.attachments:  # the name last, as recorded (intake escaped line breaks)
        out(f"{attachment.id}\t{attachment.code}\t{attachment.sha256}\t{attachment.name}")
    notes = intake.notes
    for line in (*notes.kept, *notes.renamed, *notes.locations):
        warn(line)
    if notes.reminder:
        reminder = one_line(i18n.translate_message(notes.reminder))
        print(_("reminder: {text}").format(text=reminder), file=sys.stderr)
    return 0


def _refused_intake(exc: IntakeRefused) -> int:
    """One line per refused file (its name and why), then what to do: exit 1, nothing
    was written."""
    for verdict in exc.verdicts:
        refuse(_("{reason} Nothing was taken in.").format(reason=refusal_sentence(verdict)))
    print(
        _(
            "hint: to keep such files exactly as received (encrypted, never shown or "
            "redacted), add --as-received"
        ),
        file=sys.stderr,
    )
    return 1


def cmd_person(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:  # opening turns the case's code or prefix into its id
        form = forms.PersonForm(a.case, a.name, a.role, tuple(a.alias or ()), a.born, a.notes)
        saved = forms.save_person(vault, form)
    for clash in saved.warnings:
        warn(clash)
    out(f"{saved.record.id}\t{saved.record.code}")
    return 0


def cmd_consent(ctx: CommandContext) -> int:
    a = ctx.args
    recontact = forms.parse_yes_no(a.recontact)
    with ctx.open_vault() as vault:
        if not a.withdraw and a.anonymity is None:
            raise UsageError("consent set --share needs --anonymity required|waived")
        form = forms.ConsentForm(
            a.person, a.share, a.anonymity, a.withdraw, recontact, a.date, a.note
        )
        consent = forms.save_consent(vault, form)
        person = Labels(vault).code("person", consent.person_id)
    # Whose consent and which in their history: a consent has no code of its own.
    out(f"{consent.id}\t{person}\t" + i18n.word("consent {number}").format(number=consent.number))
    return 0


def cmd_statement(ctx: CommandContext) -> int:
    a = ctx.args
    translation = (
        forms.read_text_file(Path(a.translation_file), "translation")
        if a.translation_file
        else None
    )
    if a.statement_command == "edit":
        return _statement_edit(ctx, translation)
    body = forms.read_text_file(Path(a.text_file), "statement")
    vault = ctx.open_vault()  # opening turns codes and id prefixes into ids
    draft = forms.StatementDraft(
        witness_id=a.witness,
        body=body,
        translation=translation,
        translation_language=a.translation_language,
        language=a.language,
        interview_date=a.interview_date,
        place=a.place,
        interviewer_id=a.interviewer,
        interpreter_id=a.interpreter,
        kind=a.kind,
        topics=tuple(a.topic or ()),
        tags=tuple(a.tag or ()),
    )
    with vault:
        statement = forms.save_statement(vault, a.case, draft)
    out(f"{statement.id}\t{statement.code}")
    return 0


def _statement_edit(ctx: CommandContext, translation: str | None) -> int:
    """A new version (text or translation given), keeping the redaction decisions on
    unchanged text; and/or corrected metadata.  Prints the current version's id."""
    a = ctx.args
    meta = manage.StatementMeta(
        language=a.language,
        interview_date=a.interview_date,
        place=a.place,
        interviewer_id=a.interviewer,
        interpreter_id=a.interpreter,
        kind=a.kind,
        translation_language=None if translation is not None else a.translation_language,
    )
    if a.text_file is None and translation is None and meta.is_empty():
        raise UsageError(
            "statement edit needs --text-file F, --translation-file F or a field to correct"
        )
    body = forms.read_text_file(Path(a.text_file), "statement") if a.text_file else None
    report = None
    with ctx.open_vault() as vault, vault.transaction():
        if body is not None or translation is not None:
            _version, report = manage.edit_statement_keeping_decisions(
                vault, a.id, body, translation, a.translation_language
            )
        if not meta.is_empty():
            manage.edit_statement_meta(vault, a.id, meta, a.reason)
        statement = manage.get_statement(vault, a.id)
    out(f"{statement.current.id}\t{statement.code}")
    if report is not None and report.need_look:  # silent when every decision was kept
        print(report.describe(), file=sys.stderr)
    return 0


def cmd_incident(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        incident = forms.save_incident(
            vault,
            a.case,
            a.type,
            date=a.date,
            place=a.place,
            facility_id=a.facility,
            description=a.description,
        )
    out(incident.id)
    return 0


def cmd_facility(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        facility = forms.save_facility(vault, a.case, a.name, a.alias or [], a.type, a.notes)
    out(facility.id)
    return 0


def cmd_link(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        link = forms.save_link(vault, a.source, a.target, a.role)
    out(link.id)
    return 0


def print_summary(summary: RecordSummary) -> None:
    """Labelled lines, the labels aligned, a field of several lines listed under its
    label; then each text under a ``--- title ---`` line."""
    width = max((len(label) for label, _ in summary.fields), default=0) + 2
    for label, lines in summary.fields:
        out(f"{label + ':':<{width}}{one_line(lines[0])}")
        for line in lines[1:]:
            out(f"{'':<{width}}{one_line(line)}")
    for title, text in summary.texts:
        out()
        out(f"--- {title} ---")  # the summary says it in the chosen language
        out(text.rstrip("\n"))


def cmd_show(ctx: CommandContext) -> int:
    split_type_and_id(ctx.args)
    with ctx.open_vault() as vault:  # the id (code, prefix) is resolved on opening
        record = show(vault, ctx.args.id_kind, ctx.args.id)
        summarized = summarize(vault, ctx.args.id_kind, record)
    if ctx.args.json:
        emit_json(record)
    else:
        print_summary(summarized)
    return 0


def cmd_search(ctx: CommandContext) -> int:
    a = ctx.args
    if (a.query is None) == (a.person is None):
        raise UsageError("search: give a QUERY or --person ID (one of the two).")
    with ctx.open_vault() as vault:
        hits = search(vault, a.query, person=a.person, case_id=a.case, limit=a.limit)
        if a.json:
            emit_json([hit.as_json() for hit in hits])
            return 0
        labels = Labels(vault)
        rows = [
            [
                hit.record_type,
                labels.code(hit.record_type, hit.record_id),
                hit.case_code or short_id(hit.case_id),
                hit.field,
                i18n.status_word(hit.match),
                " ".join(hit.snippet.split()),
            ]
            for hit in hits
        ]
    print_table(("TYPE", "RECORD", "CASE", "FIELD", "MATCH", "SNIPPET"), rows, empty="No matches.")
    return 0


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (else a usage error, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        said = help_text("expected a whole number of at least 1, not {text}")
        raise argparse.ArgumentTypeError(said.format(text=repr(text)))
    return value


# What ``list`` shows of each kind, in order: codes first, then the short id (a prefix
# every command takes back), then what tells records apart; NOTE (imported, retracted)
# only when some row has one.  Full ids and hashes are in --json.
LIST_HEADERS = {
    "cases": ("CODE", "ID", "CREATED", "REGIONS", "TITLE"),
    "persons": ("CODE", "ID", "ROLES", "BORN", "NAME", "ALIASES"),
    "statements": ("CODE", "ID", "WITNESS", "DATE", "LANG", "KIND", "VERSION", "SHA256"),
    "attachments": ("CODE", "ID", "STATEMENT", "SIZE", "SHA256", "NAME"),
    "incidents": ("ID", "DATE", "TYPE", "FACILITY", "PLACE"),
    "facilities": ("ID", "TYPE", "NAME", "ALIASES"),
    "links": ("ID", "FROM", "ROLE", "TO"),
}


def _row(kind: str, r: Any, labels: Labels) -> list[str]:
    """One record's cells under ``LIST_HEADERS[kind]``."""
    if kind == "cases":
        return [r.code, short_id(r.id), human_time(r.created_utc), ",".join(r.regions), r.title]
    if kind == "persons":
        aliases = "; ".join(r.aliases)
        return [r.code, short_id(r.id), ",".join(r.roles), human_date(r.born), r.name, aliases]
    if kind == "statements":
        return [
            r.code,
            short_id(r.id),
            r.witness_code,
            human_date(r.interview_date),
            r.language or "-",
            r.kind,
            f"v{r.current.number}",
            short_hash(r.current.sha256),
        ]
    if kind == "attachments":
        statement = labels.code("statement", r.statement_id)
        return [r.code, short_id(r.id), statement, str(r.size), short_hash(r.sha256), r.name]
    if kind == "incidents":
        facility = labels.code("facility", r.facility_id)
        return [short_id(r.id), human_date(r.date), r.violation_type, facility, r.place or "-"]
    if kind == "facilities":
        return [short_id(r.id), r.type, r.name, "; ".join(r.aliases)]
    return [
        short_id(r.id),
        labels.named(r.from_type, r.from_id),
        r.role or "-",
        labels.named(r.to_type, r.to_id),
    ]


def cmd_list(ctx: CommandContext) -> int:
    kind = ctx.args.kind
    if kind == "cases" and ctx.args.case:
        raise UsageError("list cases takes no --case (every case is listed)")
    with ctx.open_vault() as vault:
        listed = list_records(vault, kind, ctx.args.case, ctx.args.all)
        if ctx.args.json:
            emit_json(listed.as_json())
            return 0
        labels = Labels(vault)
        rows = [_row(kind, r, labels) for r in listed.records]
    print_list(listed, LIST_HEADERS[kind], rows)
    return 0


def print_list(listed: RecordList, headers: tuple[str, ...], rows: list[list[str]]) -> None:
    """A ``list`` as a table (``rows`` in the order of ``listed.records``), with a NOTE
    where a record came from a bundle ("imported from bundle <id>, signer <status>
    <key>") or was retracted (``list --all``: "retracted")."""
    came = listed.imported
    noted = []
    for record, row in zip(listed.records, rows, strict=True):
        notes = []
        if listed.is_retracted(record):
            notes.append(i18n.status_word("retracted"))
        if record.id in came:
            notes.append(i18n.translate_message(str(came[record.id]["text"])))
        noted.append([*row, "; ".join(notes)])
    empty = f"No {listed.kind}." if listed.kind != "cases" else "No cases yet."
    print_table((*headers, "NOTE"), noted, empty=empty, optional=("NOTE",))


# ---- parser --------------------------------------------------------------------------


def add_case_commands(command: Register) -> None:
    """Register ``case``, ``attach`` and ``list``."""
    p = command("case", cmd_case, "cases")
    cases = p.add_subparsers(dest="case_command", metavar="add|edit", required=True)
    region_help = (
        "ISO 3166 code(s) of the countries whose phone formats the statements use, tried "
        "first by detection (repeatable or comma-separated: --region AM,RU)"
    )
    add = cases.add_parser("add", help="create a case; prints its id and code (C-001)")
    add.add_argument("--title", required=True, metavar="TEXT", help="the case's title")
    add.add_argument("--region", action="append", metavar="CODES", help=region_help)
    edit = cases.add_parser("edit", help="change a case's title or regions; prints its id and code")
    edit.set_defaults(id_kind="case")
    edit.add_argument("id", metavar="ID", help="code (C-001), id or id prefix")
    edit.add_argument("--title", metavar="TEXT", help="the new title")
    edit.add_argument(
        "--region",
        action="append",
        metavar="CODES",
        help="replaces the case's regions (--region '' clears them)",
    )
    edit.add_argument("--reason", metavar="TEXT", help=CORRECTION_REASON_HELP)

    p = command("attach", cmd_attach, "take files into the vault, encrypted and hashed")
    p.add_argument("--case", required=True, metavar="ID", help="code (C-001), id or id prefix")
    p.add_argument(
        "--statement", metavar="ID", help="the statement the files belong to (S-001, id)"
    )
    p.add_argument(
        "--again",
        action="store_true",
        help="take in a file whose content is already in the case (refused otherwise)",
    )
    p.add_argument(
        "--as-received",
        action="store_true",
        help="keep pictures and PDFs that are refused otherwise (disguised as another "
        "format, beyond the redaction limits, damaged, or crashing the decoder) exactly as "
        "received: encrypted, never shown or redacted; a warning names each",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="one or more files to take in")

    p = command("list", cmd_list, "list records")
    p.add_argument("kind", choices=list(LIST_KINDS), help="what to list: %(choices)s")
    p.add_argument("--case", metavar="ID", help="only this case (C-001, id)")
    p.add_argument("--all", action="store_true", help="retracted records too, marked so")
    p.add_argument(
        "--json",
        action="store_true",
        help="a JSON array (full ids, ISO 8601 UTC times) instead of a table",
    )


def add_commands(command: Register) -> None:
    """Register person, consent, statement, incident, facility, link, show and search,
    and the commands that manage records once they exist (vault/cli/manage.py)."""
    subparsers: dict[str, Any] = {}
    p = command("person", cmd_person, "persons of a case")
    sub = subparsers["person"] = p.add_subparsers(
        dest="person_command", metavar="add|edit", required=True
    )
    add = sub.add_parser(
        "add", help="add a person; prints the id and the code (the code comes from the role)"
    )
    add.add_argument("--case", required=True, metavar="ID", help="code (C-001), id or id prefix")
    add.add_argument("--name", required=True, metavar="N", help="primary name")
    add.add_argument("--alias", action="append", metavar="A", help="another name (repeatable)")
    add.add_argument(
        "--role",
        required=True,
        metavar="R",
        help="witness, victim, perpetrator, interviewer, interpreter or other",
    )
    add.add_argument("--born", metavar="DATE", help="e.g. 1990-04-02, 1990, ~1990")
    add.add_argument("--notes", metavar="TEXT", help="free text about the person")

    p = command("consent", cmd_consent, "consent of a person (a history: each is a new record)")
    sub = p.add_subparsers(dest="consent_command", metavar="set", required=True)
    cset = sub.add_parser("set", help="record the person's current consent; prints its id")
    cset.add_argument("--person", required=True, metavar="ID", help="code (W-001), id or prefix")
    cset.add_argument("--case", metavar="ID", help="the case the person's code is read in")
    which = cset.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--share", metavar="CATEGORIES", help="comma-separated: legal,ngo,government,media,public"
    )
    which.add_argument("--withdraw", action="store_true", help="consent withdrawn: share nothing")
    cset.add_argument(
        "--anonymity", metavar="required|waived", help="needed with --share: may the name leave?"
    )
    cset.add_argument(
        "--recontact", default="no", metavar="yes|no", help="may be re-contacted (default: no)"
    )
    cset.add_argument("--date", metavar="DATE", help="when consent was given (default: today)")
    cset.add_argument("--note", metavar="TEXT", help="free text (how consent was given)")

    p = command("statement", cmd_statement, "witness statements (versions kept)")
    sub = p.add_subparsers(dest="statement_command", metavar="add|edit", required=True)
    sadd = sub.add_parser(
        "add", help="add a statement from a UTF-8 text file; prints its id and code (S-001)"
    )
    sadd.add_argument("--case", required=True, metavar="ID", help="code (C-001), id or id prefix")
    sadd.add_argument(
        "--witness", required=True, metavar="ID", help="who gave it: person code (W-001) or id"
    )
    sadd.add_argument("--text-file", required=True, metavar="F", help="the statement, UTF-8 text")
    sadd.add_argument("--translation-file", metavar="F", help="a translation, UTF-8 text")
    sadd.add_argument("--translation-language", metavar="L", help="IETF tag of the translation")
    sadd.add_argument("--language", metavar="L", help="IETF tag: hy, ru, en, az-Latn ...")
    sadd.add_argument("--interview-date", metavar="D", help="2021-03-14, 2021-03, 2021 or ~2021-03")
    sadd.add_argument("--place", metavar="P", help="where the interview took place")
    sadd.add_argument("--interviewer", metavar="ID", help="person code (W-002) or id")
    sadd.add_argument("--interpreter", metavar="ID", help="person code (W-003) or id")
    sadd.add_argument(
        "--kind",
        default="first-account",
        metavar="first-account|formal|sworn",
        help="the kind of statement (default: first-account)",
    )
    sadd.add_argument(
        "--topic", action="append", metavar="T", help="Istanbul Protocol topic (repeatable)"
    )
    sadd.add_argument("--tag", action="append", metavar="T", help="free-text tag (repeatable)")
    sedit = sub.add_parser(
        "edit",
        help="a new version of the text (decisions on unchanged text kept) and/or corrected "
        "metadata; prints the current version id and the statement's code",
    )
    sedit.set_defaults(id_kind="statement")
    sedit.add_argument("id", metavar="ID", help="code (S-001), id or id prefix")
    sedit.add_argument("--case", metavar="ID", help="the case the codes are read in")
    sedit.add_argument("--text-file", metavar="F", help="the new text: makes a new version")
    sedit.add_argument("--translation-file", metavar="F", help="the new translation")
    sedit.add_argument("--translation-language", metavar="L", help="IETF tag of the translation")
    sedit.add_argument("--language", metavar="L", help="IETF tag ('' clears it)")
    sedit.add_argument(
        "--interview-date", metavar="D", help="2021-03-14, 2021-03, 2021 or ~2021 ('' clears it)"
    )
    sedit.add_argument("--place", metavar="P", help="where the interview took place ('' clears it)")
    sedit.add_argument("--interviewer", metavar="ID", help="person code or id ('' clears it)")
    sedit.add_argument("--interpreter", metavar="ID", help="person code or id ('' clears it)")
    sedit.add_argument("--kind", metavar="first-account|formal|sworn", help="the new kind")
    sedit.add_argument("--reason", metavar="TEXT", help=CORRECTION_REASON_HELP)

    p = command("incident", cmd_incident, "incidents")
    sub = subparsers["incident"] = p.add_subparsers(
        dest="incident_command", metavar="add|edit", required=True
    )
    iadd = sub.add_parser("add", help="record an incident; prints its id (incidents have no code)")
    iadd.add_argument("--case", required=True, metavar="ID", help="code (C-001), id or id prefix")
    iadd.add_argument("--type", required=True, metavar="T", help="violation type")
    iadd.add_argument(
        "--date", metavar="D", help="2020-11-09, 2020-11, 2020, ~2020-11 or 'around 2020-11'"
    )
    iadd.add_argument("--place", metavar="P", help="where it happened")
    iadd.add_argument("--facility", metavar="ID", help="facility id or its first 6+ characters")
    iadd.add_argument("--description", metavar="TEXT", help="what happened")

    p = command("facility", cmd_facility, "facilities and organizations")
    sub = subparsers["facility"] = p.add_subparsers(
        dest="facility_command", metavar="add|edit", required=True
    )
    fadd = sub.add_parser("add", help="record a facility or organization; prints its id")
    fadd.add_argument("--case", required=True, metavar="ID", help="code (C-001), id or id prefix")
    fadd.add_argument(
        "--name", required=True, metavar="N", help="the facility's or organization's name"
    )
    fadd.add_argument("--alias", action="append", metavar="A", help="another name (repeatable)")
    fadd.add_argument(
        "--type",
        default="facility",
        metavar="T",
        help="facility, organization, ... (default: facility)",
    )
    fadd.add_argument("--notes", metavar="TEXT", help="free text")

    p = command("link", cmd_link, "links between records of a case")
    sub = p.add_subparsers(dest="link_command", metavar="add", required=True)
    ladd = sub.add_parser("add", help="link two records; prints the link id")
    ladd.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="TYPE:ID",
        help="e.g. person:W-001, statement:S-001, incident:3fa2c1",
    )
    ladd.add_argument(
        "--to", dest="target", required=True, metavar="TYPE:ID", help="the other record, as --from"
    )
    ladd.add_argument("--as", dest="role", metavar="ROLE", help="what the link means (free word)")
    ladd.add_argument("--case", metavar="ID", help="the case the codes are read in")

    p = command("show", cmd_show, "one record with its history and links")
    p.add_argument(
        "words",
        nargs="+",
        metavar="[TYPE] ID",
        help="a code (C-001, W-001, S-001, A-001), an id or its first 6+ characters; "
        "TYPE (case, person, statement, ...) only narrows the search",
    )
    p.add_argument("--case", metavar="ID", help="the case the codes are read in")
    p.add_argument(
        "--json",
        action="store_true",
        help="one JSON object (full ids, ISO 8601 UTC times) instead of a summary",
    )

    p = command("search", cmd_search, "full-text search (names, codes, statements, files)")
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = SEARCH_HELP
    p.add_argument("query", metavar="QUERY", nargs="?", help="words to find (see below)")
    p.add_argument(
        "--person",
        metavar="ID",
        help="where this person is mentioned, as redaction finds them (W-001, id or prefix)",
    )
    p.add_argument("--case", metavar="ID", help="only records of this case")
    p.add_argument(
        "--limit",
        type=positive_int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help="at most N hits (default %(default)s)",
    )
    p.add_argument(
        "--json", action="store_true", help="a JSON array of hits (full ids) instead of a table"
    )

    add_manage_commands(command, subparsers)
