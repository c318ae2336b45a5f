"""Every id a person types on the command line (a code such as W-001 or C-002/S-003, a
full id, a 6+ character prefix) turned into the full id of the one record it names,
before a command runs (``CommandContext.open_vault`` calls :func:`resolve_args`)."""

from __future__ import annotations

import argparse

from vault.app.manage import parse_ref, record_type_problem, resolve
from vault.cli.context import UsageError
from vault.core.errors import InputError, UnknownId
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
    ``args.id``.  UsageError (exit 2) for too many words or an unknown TYPE."""
    words = args.words
    if len(words) > 2:
        raise UsageError("give at most a record type and one id: [TYPE] ID")
    args.id_kind, args.id = (None, words[0]) if len(words) == 1 else (words[0], words[1])
    problem = None if args.id_kind is None else record_type_problem(args.id_kind)
    if problem is not None:  # a usage error (exit 2, with the usage), as any other
        raise UsageError(problem)
