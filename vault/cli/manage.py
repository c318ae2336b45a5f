"""Commands that manage records once they exist: corrections (``person edit``,
``incident edit``, ``facility edit``, ``operator set``, ``attachment relink``),
``retract`` and ``audit log``, and the one helper that turns every id a person types (a
code, an id prefix, CASE/CODE) into a full id before a command runs.

Parsing and printing only, over ``vault/app/manage.py``.  Registered by
``vault/cli/records.py`` (``add_commands``) and ``vault/cli/vault_cmds.py`` (audit log).
"""

from __future__ import annotations

from typing import Any

from vault.app import i18n
from vault.app.manage import (
    audit_log,
    code_of,
    edit_facility,
    edit_incident,
    edit_person,
    relink_attachment,
    retract,
    set_operator,
)
from vault.app.readable import human_time
from vault.cli.context import CommandContext, Register, UsageError
from vault.cli.ids import split_type_and_id
from vault.cli.output import emit_json, out
from vault.cli.table import print_table
from vault.core.vault import Vault

_ = i18n.translate  # an English template in the chosen language, data formatted in after

CORRECTION_REASON_HELP = (
    "why it is corrected (kept in the vault beside the custody event, never exported)"
)


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
            reason=a.reason,
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
            reason=a.reason,
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
            reason=a.reason,
        )
    out(facility.id)
    return 0


def cmd_operator(ctx: CommandContext) -> int:
    with ctx.open_vault() as vault:
        name = set_operator(vault, ctx.args.name)
    out(_("Operator: {name} (written into every custody event from now on).").format(name=name))
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
    out(f"{done.record_id}\t{i18n.status_word('retracted')}\t{label}")
    return 0


def cmd_audit_log(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        entries = audit_log(vault, a.case, a.record, a.since)
    if a.json:
        emit_json([entry.as_json() for entry in entries])
        return 0
    rows = [
        [human_time(e.event.utc), e.event.operator, e.event.action, e.record, e.details]
        for e in entries
    ]
    print_table(
        ("TIME", "OPERATOR", "ACTION", "RECORD", "DETAILS"), rows, empty="No custody events."
    )
    return 0


def add_audit_log(audit: Any) -> None:
    """``audit log`` on the ``audit`` command's subparsers (cli.py)."""
    log = audit.add_parser("log", help="the custody events in readable form, oldest first")
    log.add_argument("--case", metavar="ID", help="events of this case and its records (C-001, id)")
    log.add_argument(
        "--record", metavar="ID", help="events of one record (a code such as W-001, an id)"
    )
    log.add_argument(
        "--since",
        metavar="DATE",
        help="from this day (2024-05-01) or UTC time (2024-05-01T14:30) on",
    )
    log.add_argument(
        "--json", action="store_true", help="a JSON array of events (full ids, ISO 8601 UTC)"
    )


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
    pedit.add_argument(
        "--alias", action="append", metavar="A", help="replaces every alias (repeatable)"
    )
    pedit.add_argument("--clear-aliases", action="store_true", help="remove every alias")
    pedit.add_argument(
        "--add-role",
        action="append",
        metavar="R",
        help="give a further role: witness, victim, perpetrator, interviewer, interpreter or "
        "other (repeatable)",
    )
    pedit.add_argument(
        "--drop-role", action="append", metavar="R", help="take a role away (repeatable)"
    )
    pedit.add_argument(
        "--born", metavar="DATE", help="date of birth: 1990-04-02, 1990 or ~1990 ('' clears it)"
    )
    pedit.add_argument("--reason", metavar="TEXT", help=CORRECTION_REASON_HELP)

    iedit = subparsers["incident"].add_parser("edit", help="correct an incident; prints its id")
    iedit.set_defaults(func=cmd_incident_edit, id_kind="incident")
    iedit.add_argument("id", metavar="ID", help="id or its first 6+ characters")
    iedit.add_argument("--case", metavar="ID", help=case_help)
    iedit.add_argument("--type", metavar="T", help="violation type")
    iedit.add_argument(
        "--date", metavar="D", help="2020-11-09, 2020-11, 2020 or ~2020-11 ('' clears it)"
    )
    iedit.add_argument("--place", metavar="P", help="where it happened ('' clears it)")
    iedit.add_argument("--facility", metavar="ID", help="facility id or prefix ('' clears it)")
    iedit.add_argument("--description", metavar="TEXT", help="what happened ('' clears it)")
    iedit.add_argument("--reason", metavar="TEXT", help=CORRECTION_REASON_HELP)

    fedit = subparsers["facility"].add_parser("edit", help="correct a facility; prints its id")
    fedit.set_defaults(func=cmd_facility_edit, id_kind="facility")
    fedit.add_argument("id", metavar="ID", help="id or its first 6+ characters")
    fedit.add_argument("--case", metavar="ID", help=case_help)
    fedit.add_argument("--name", metavar="N", help="new name")
    fedit.add_argument(
        "--alias", action="append", metavar="A", help="replaces every alias (repeatable)"
    )
    fedit.add_argument("--clear-aliases", action="store_true", help="remove every alias")
    fedit.add_argument("--type", metavar="T", help="facility, organization, ...")
    fedit.add_argument("--notes", metavar="TEXT", help="replaces the notes")
    fedit.add_argument("--reason", metavar="TEXT", help=CORRECTION_REASON_HELP)

    p = command("operator", cmd_operator, "the operator name the custody log records")
    sub = p.add_subparsers(dest="operator_command", metavar="set", required=True)
    oset = sub.add_parser("set", help="change the operator name for every later event")
    oset.add_argument("name", metavar="NAME", help="your name or code (INV-07)")

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
