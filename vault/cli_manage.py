"""Commands that manage records once they exist: corrections (``person edit``,
``incident edit``, ``facility edit``, ``operator set``, ``attachment relink``),
``retract`` and ``audit log``, and the one helper that turns every id a person types (a
code, an id prefix, CASE/CODE) into a full id before a command runs.

Parsing and printing only: the work is in vault/core (corrections.py, retract.py,
audit_log.py, refs.py).  Registered by ``cli_records.add_commands``.
"""

from __future__ import annotations

import argparse
from typing import Any

from vault.cli_context import CommandContext, Register, UsageError, emit_json, out
from vault.core.audit_log import audit_log
from vault.core.corrections import (
    edit_facility,
    edit_incident,
    edit_person,
    relink_attachment,
    set_operator,
)
from vault.core.errors import InputError, UnknownId
from vault.core.links import parse_ref
from vault.core.refs import code_of, resolve
from vault.core.retract import retract
from vault.core.vault import Vault

# Options that take the id of one kind of record, wherever they appear.
_ID_OPTIONS = {
    "person": "person",
    "witness": "person",
    "interviewer": "person",
    "interpreter": "person",
    "statement": "statement",
    "attachment": "attachment",
    "facility": "facility",
}


def resolve_args(vault: Vault, args: argparse.Namespace) -> None:
    """Replace, in place, every id the command line took (``--case``, ``--person``...,
    ``TYPE:ID`` of ``link``, the positional ``ID``, ``--record``) by the full id of the
    one record it names; ``--case`` first, so the others' codes are read in that case.
    An empty value (``--facility ''``: clear it) is left as given.  Refuses what
    ``vault.core.refs.resolve`` refuses."""
    case_id = None
    if isinstance(getattr(args, "case", None), str) and args.case:
        args.case = case_id = _one(vault, args.case, "case", None, "--case")[1]
    for dest, kind in _ID_OPTIONS.items():
        value = getattr(args, dest, None)
        option = f"--{dest}"
        if isinstance(value, str) and value:
            setattr(args, dest, _one(vault, value, kind, case_id, option)[1])
        elif isinstance(value, list):
            setattr(args, dest, [_one(vault, v, kind, case_id, option)[1] for v in value])
    for dest, option in (("source", "--from"), ("target", "--to")):  # link TYPE:ID
        value = getattr(args, dest, None)
        if isinstance(value, str):
            kind, ref = parse_ref(value)
            setattr(args, dest, _one(vault, ref, kind, case_id, option))
    if isinstance(getattr(args, "record", None), str):
        args.record = _one(vault, args.record, None, case_id, "--record")[1]
    if isinstance(getattr(args, "id", None), str):
        args.id_kind, args.id = _one(vault, args.id, getattr(args, "id_kind", None), case_id, "")


def _one(
    vault: Vault, text: str, kind: str | None, case_id: str | None, option: str
) -> tuple[str, str]:
    """``resolve``, its refusal saying which option (if any) it was about."""
    try:
        return resolve(vault, text, kind, case_id)
    except (UnknownId, InputError) as exc:
        if not option:
            raise
        raise type(exc)(f"{option}: {exc}") from None


def split_type_and_id(args: argparse.Namespace) -> None:
    """``[TYPE] ID`` given as ``words``: sets ``args.id_kind`` (None when left out) and
    ``args.id``."""
    words = args.words
    if len(words) > 2:
        raise UsageError("give at most a record type and one id: [TYPE] ID")
    args.id_kind, args.id = (None, words[0]) if len(words) == 1 else (words[0], words[1])


def _label(vault: Vault, kind: str, record_id: str) -> str:
    return f"{kind} {code_of(vault, kind, record_id) or record_id[:8]}"


def cmd_person_edit(ctx: CommandContext) -> int:
    a = ctx.args
    if a.clear_aliases and a.alias:
        raise UsageError("give --alias or --clear-aliases, not both")
    aliases = [] if a.clear_aliases else a.alias
    with ctx.open_vault() as vault:
        person = edit_person(
            vault,
            a.id,
            name=a.name,
            aliases=aliases,
            add_roles=a.add_role or (),
            drop_roles=a.drop_role or (),
            born=a.born,
        )
    out(f"{person.id}\t{person.code}")
    return 0


def cmd_incident_edit(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        incident = edit_incident(
            vault,
            a.id,
            violation_type=a.type,
            date=a.date,
            place=a.place,
            facility_id=a.facility,
            description=a.description,
        )
    out(incident.id)
    return 0


def cmd_facility_edit(ctx: CommandContext) -> int:
    a = ctx.args
    if a.clear_aliases and a.alias:
        raise UsageError("give --alias or --clear-aliases, not both")
    with ctx.open_vault() as vault:
        facility = edit_facility(
            vault,
            a.id,
            name=a.name,
            aliases=[] if a.clear_aliases else a.alias,
            facility_type=a.type,
            notes=a.notes,
        )
    out(facility.id)
    return 0


def cmd_operator(ctx: CommandContext) -> int:
    with ctx.open_vault() as vault:
        name = set_operator(vault, ctx.args.name)
    out(f"Operator: {name} (written into every custody event from now on).")
    return 0


def cmd_attachment(ctx: CommandContext) -> int:
    a = ctx.args
    if (a.statement is None) == (not a.none):
        raise UsageError("attachment relink needs --statement ID or --none (one of the two)")
    with ctx.open_vault() as vault:
        attachment = relink_attachment(vault, a.id, None if a.none else a.statement)
        where = (
            "no statement"
            if attachment.statement_id is None
            else _label(vault, "statement", attachment.statement_id)
        )
    out(f"{attachment.id}\t{attachment.code}\t{where}")
    return 0


def cmd_retract(ctx: CommandContext) -> int:
    split_type_and_id(ctx.args)
    with ctx.open_vault() as vault:
        done = retract(vault, ctx.args.id_kind, ctx.args.id, ctx.args.reason)
        label = _label(vault, done.record_type, done.record_id)
    out(f"{done.record_id}\tretracted\t{label}")
    return 0


def cmd_audit_log(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        entries = audit_log(vault, a.case, a.record, a.since)
    if a.json:
        emit_json([entry.as_json() for entry in entries])
        return 0
    out("time (UTC)\toperator\taction\trecord\tdetails")
    for entry in entries:
        out(entry.line())
    return 0


def add_audit_log(audit: Any) -> None:
    """``audit log`` on the ``audit`` command's subparsers (cli.py)."""
    log = audit.add_parser("log", help="the custody events in readable form, oldest first")
    log.add_argument("--case", metavar="ID", help="events of this case and its records")
    log.add_argument("--record", metavar="ID", help="events of one record (code or id)")
    log.add_argument("--since", metavar="DATE", help="from this day (2024-05-01) or time on")
    log.add_argument("--json", action="store_true", help="a JSON array of events")


def add_commands(command: Register, subparsers: dict[str, Any]) -> None:
    """The ``edit`` subcommands on the existing record commands' subparsers (by name),
    and the commands ``operator``, ``attachment`` and ``retract``."""
    case_help = "the case the codes are read in (C-001)"
    pedit = subparsers["person"].add_parser(
        "edit", help="correct a person; prints the id and code (the code never changes)"
    )
    pedit.set_defaults(func=cmd_person_edit, id_kind="person")
    pedit.add_argument("id", metavar="ID", help="code (W-001), id or id prefix")
    pedit.add_argument("--case", metavar="ID", help=case_help)
    pedit.add_argument("--name", metavar="N", help="new primary name")
    pedit.add_argument("--alias", action="append", metavar="A", help="replaces every alias")
    pedit.add_argument("--clear-aliases", action="store_true", help="remove every alias")
    pedit.add_argument("--add-role", action="append", metavar="R", help="give a further role")
    pedit.add_argument("--drop-role", action="append", metavar="R", help="take a role away")
    pedit.add_argument("--born", metavar="DATE", help="date of birth ('' clears it)")

    iedit = subparsers["incident"].add_parser("edit", help="correct an incident; prints its id")
    iedit.set_defaults(func=cmd_incident_edit, id_kind="incident")
    iedit.add_argument("id", metavar="ID", help="id or id prefix")
    iedit.add_argument("--case", metavar="ID", help=case_help)
    iedit.add_argument("--type", metavar="T", help="violation type")
    iedit.add_argument("--date", metavar="D", help="2020-11-09, 2020-11, 2020 ('' clears it)")
    iedit.add_argument("--place", metavar="P", help="'' clears it")
    iedit.add_argument("--facility", metavar="ID", help="'' clears it")
    iedit.add_argument("--description", metavar="TEXT", help="'' clears it")

    fedit = subparsers["facility"].add_parser("edit", help="correct a facility; prints its id")
    fedit.set_defaults(func=cmd_facility_edit, id_kind="facility")
    fedit.add_argument("id", metavar="ID", help="id or id prefix")
    fedit.add_argument("--case", metavar="ID", help=case_help)
    fedit.add_argument("--name", metavar="N", help="new name")
    fedit.add_argument("--alias", action="append", metavar="A", help="replaces every alias")
    fedit.add_argument("--clear-aliases", action="store_true", help="remove every alias")
    fedit.add_argument("--type", metavar="T", help="facility, organization, ...")
    fedit.add_argument("--notes", metavar="TEXT", help="replaces the notes")

    p = command("operator", cmd_operator, "the operator name the custody log records")
    sub = p.add_subparsers(dest="operator_command", metavar="set", required=True)
    oset = sub.add_parser("set", help="change the operator name for every later event")
    oset.add_argument("name", metavar="NAME")

    p = command("attachment", cmd_attachment, "attachments already in the vault")
    sub = p.add_subparsers(dest="attachment_command", metavar="relink", required=True)
    relink = sub.add_parser("relink", help="make an attachment belong to another statement")
    relink.set_defaults(id_kind="attachment")
    relink.add_argument("id", metavar="ID", help="code (A-001), id or id prefix")
    relink.add_argument("--case", metavar="ID", help=case_help)
    relink.add_argument("--statement", metavar="ID", help="the statement (S-002, id)")
    relink.add_argument("--none", action="store_true", help="belong to no statement")

    p = command("retract", cmd_retract, "hide a record entered by mistake (kept, never deleted)")
    p.add_argument("words", nargs="+", metavar="[TYPE] ID", help="e.g. person W-003, 3fa2c1")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in the vault)")
    p.add_argument("--case", metavar="ID", help=case_help)
