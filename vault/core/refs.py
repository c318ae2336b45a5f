"""How a person names a record: a code, an id, or the first characters of an id.

Everywhere an id is taken (``--case``, ``--person``, ``show``...) these are accepted:

- a full id (32 hex characters);
- the first 6 or more characters of an id, when exactly one record starts with them;
- a line an ``add`` command printed (the id, a tab, the code), when both agree;
- a code: ``C-001`` (a case), ``W-001`` (a person of a case: W V P I T X by first role),
  ``S-001`` (a statement), ``A-001`` (an attachment).  A person, statement or attachment
  code is numbered within its case, so it needs the case when several cases use it:
  ``C-002/W-001``, or the case given apart (``--case C-002``).

Anything that matches more than one record is refused with the candidates listed, never
guessed.  Incidents, facilities and links have no code: their ids or prefixes serve.
Retracted records are found too (to show them, or read their history).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault.core.errors import InputError, UnknownId, VaultError
from vault.core.errors import template as _
from vault.core.vault import Vault

KINDS = ("case", "person", "statement", "attachment", "incident", "facility", "link")
MIN_PREFIX = 6
TABLES = {  # record kind -> its table
    "case": "cases",
    "person": "persons",
    "statement": "statements",
    "attachment": "attachments",
    "incident": "incidents",
    "facility": "facilities",
    "link": "links",
}
_CODED = ("case", "person", "statement", "attachment")
_PERSON_LETTERS = frozenset("WVPITX")
_CODE = re.compile(r"^([A-Za-z])-([A-Za-z0-9]{1,24})$")
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_MAX_LISTED = 8


@dataclass(frozen=True)
class Found:
    """One record a reference may mean: its kind, id, code (if any) and case's code."""

    kind: str
    id: str
    code: str | None
    case_code: str

    def describe(self) -> str:
        """How a refusal lists it: ``person C-001/W-001 (3fa2c1d0)``."""
        if self.kind == "case":
            return f"case {self.code} ({self.id[:8]})"
        name = f"{self.case_code}/{self.code}" if self.code else f"in {self.case_code}"
        return f"{self.kind} {name} ({self.id[:8]})"


def check_kind(kind: str) -> str:
    """The record kind, if known; InputError listing the known ones otherwise."""
    kind = kind.strip().lower()
    if kind not in KINDS:
        raise InputError(f"Unknown record type {kind!r}: use one of {', '.join(KINDS)}.")
    return kind


def code_kind(code: str) -> str | None:
    """The kind of record a code names (``W-001`` -> person), None if it is no code."""
    match = _CODE.match(code.strip())
    if match is None:
        return None
    letter = match[1].upper()
    if letter == "C":
        return "case"
    if letter == "S":
        return "statement"
    if letter == "A":
        return "attachment"
    return "person" if letter in _PERSON_LETTERS else None


def resolve(
    vault: Vault, text: str, kind: str | None = None, case_id: str | None = None
) -> tuple[str, str]:
    """(kind, id) of the one record ``text`` names (see the module docstring).

    ``kind`` limits the search to one kind of record; ``case_id`` to one case (codes of
    persons, statements and attachments are read in it).  Refuses (UnknownId) a
    reference that names nothing, or a record of another kind or case; refuses
    (InputError) a prefix shorter than 6 characters, and one or a code that fits several
    records, listing them.
    """
    text = text.strip()
    if kind is not None:
        kind = check_kind(kind)
    what = kind or "record"
    words = text.split()
    if len(words) == 2 and code_kind(words[1]) is not None:
        # A line an ``add`` printed (id, tab, code), pasted or captured by a script: it
        # names its record when the two agree.
        found_kind, found_id = resolve(vault, words[0], kind, case_id)
        if (code_of(vault, found_kind, found_id) or "").upper() != words[1].upper():
            raise InputError(f"{words[0]} and {words[1]} name different records.")
        return found_kind, found_id
    if not text:
        raise InputError(_NAME_THE[what].format(count=MIN_PREFIX))
    head, slash, tail = text.partition("/")
    if slash:
        if code_kind(head) != "case" and not _HEX.match(head):
            raise InputError(f"Cannot read {text[:80]!r}: write CASE/CODE, e.g. C-002/W-001.")
        _kind, given_case = resolve(vault, head, "case")
        if case_id is not None and given_case != case_id:
            raise InputError(
                f"{text} names another case than the one given.",
                data={"ref": text, "case": case_id},
            )
        return resolve(vault, tail, kind, given_case)
    named = code_kind(text)
    if named is not None:
        if kind is not None and named != kind:
            raise UnknownId(_WRONG_CODE[(named, kind)].format(text=text))
        found = _by_code(vault, named, text.upper(), case_id)
    elif _HEX.match(text):
        if len(text) < MIN_PREFIX:
            raise InputError(_TOO_SHORT[what].format(text=repr(text), count=MIN_PREFIX))
        found = _by_prefix(vault, text.lower(), kind, case_id)
    else:
        raise UnknownId(_NOT_AN_ID[what].format(text=text[:80], count=MIN_PREFIX))
    if not found and kind is not None and named is None:
        other = _by_prefix(vault, text.lower(), None, case_id)
        if len(other) == 1:
            raise UnknownId(_IT_IS[kind].format(text=text, other=other[0].describe()))
    if not found and case_id is not None:
        try:
            elsewhere = resolve(vault, text, kind)
        except VaultError:
            elsewhere = None
        if elsewhere is not None:
            raise InputError(
                _ELSEWHERE[kind or elsewhere[0]].format(text=text, case=_case_code(vault, case_id))
            )
    if not found:
        how = "code" if named is not None else "id"
        case = "" if case_id is None else _case_code(vault, case_id)
        raise UnknownId(_NOT_FOUND[(what, how, case_id is not None)].format(text=text, case=case))
    if len(found) > 1:
        listed = "; ".join(f.describe() for f in found[:_MAX_LISTED])
        more = f" and {len(found) - _MAX_LISTED} more" if len(found) > _MAX_LISTED else ""
        said = (
            _(
                "{text} fits {count} records ({listed}): say which case, as CASE/CODE such as "
                "C-002/W-001."
            )
            if named is not None
            else _("{text} fits {count} records ({listed}): give more characters of the id.")
        )
        raise InputError(
            said.format(text=text, count=len(found), listed=listed + more),
            data={"ref": text, "candidates": [f.describe() for f in found]},
            hint="name-case" if named is not None else None,
        )
    return found[0].kind, found[0].id


def resolve_id(vault: Vault, text: str, kind: str, case_id: str | None = None) -> str:
    """The id of the one ``kind`` record ``text`` names (as ``resolve``)."""
    return resolve(vault, text, kind, case_id)[1]


def code_of(vault: Vault, kind: str, record_id: str) -> str | None:
    """The record's code (``C-001``, ``W-001``, ``S-001``, ``A-001``); None for kinds
    without codes or an unknown record."""
    if kind not in _CODED:
        return None
    row = vault.conn.execute(
        f"SELECT code FROM {TABLES[kind]} WHERE id = ?",  # noqa: S608 - fixed table names
        (record_id,),
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


# Refusals that name a kind of record: one whole sentence per kind (or pair of kinds).
_WRONG_CODE = {  # (the code's kind, the kind wanted)
    ("case", "person"): _("{text} is a case code, not the code of a person."),
    ("case", "statement"): _("{text} is a case code, not the code of a statement."),
    ("case", "attachment"): _("{text} is a case code, not the code of a attachment."),
    ("case", "incident"): _("{text} is a case code, not the code of a incident."),
    ("case", "facility"): _("{text} is a case code, not the code of a facility."),
    ("case", "link"): _("{text} is a case code, not the code of a link."),
    ("person", "case"): _("{text} is a person code, not the code of a case."),
    ("person", "statement"): _("{text} is a person code, not the code of a statement."),
    ("person", "attachment"): _("{text} is a person code, not the code of a attachment."),
    ("person", "incident"): _("{text} is a person code, not the code of a incident."),
    ("person", "facility"): _("{text} is a person code, not the code of a facility."),
    ("person", "link"): _("{text} is a person code, not the code of a link."),
    ("statement", "case"): _("{text} is a statement code, not the code of a case."),
    ("statement", "person"): _("{text} is a statement code, not the code of a person."),
    ("statement", "attachment"): _("{text} is a statement code, not the code of a attachment."),
    ("statement", "incident"): _("{text} is a statement code, not the code of a incident."),
    ("statement", "facility"): _("{text} is a statement code, not the code of a facility."),
    ("statement", "link"): _("{text} is a statement code, not the code of a link."),
    ("attachment", "case"): _("{text} is a attachment code, not the code of a case."),
    ("attachment", "person"): _("{text} is a attachment code, not the code of a person."),
    ("attachment", "statement"): _("{text} is a attachment code, not the code of a statement."),
    ("attachment", "incident"): _("{text} is a attachment code, not the code of a incident."),
    ("attachment", "facility"): _("{text} is a attachment code, not the code of a facility."),
    ("attachment", "link"): _("{text} is a attachment code, not the code of a link."),
}
_TOO_SHORT = {
    "record": _(
        "{text} is too short to name a record: give at least {count} characters of its id, "
        "or its code."
    ),
    "case": _(
        "{text} is too short to name a case: give at least {count} characters of its id, "
        "or its code."
    ),
    "person": _(
        "{text} is too short to name a person: give at least {count} characters of its id, "
        "or its code."
    ),
    "statement": _(
        "{text} is too short to name a statement: give at least {count} characters of its id, "
        "or its code."
    ),
    "attachment": _(
        "{text} is too short to name a attachment: give at least {count} characters of its id, "
        "or its code."
    ),
    "incident": _(
        "{text} is too short to name a incident: give at least {count} characters of its id, "
        "or its code."
    ),
    "facility": _(
        "{text} is too short to name a facility: give at least {count} characters of its id, "
        "or its code."
    ),
    "link": _(
        "{text} is too short to name a link: give at least {count} characters of its id, "
        "or its code."
    ),
}
_NOT_AN_ID = {
    "record": _(
        "No record with id {text}: give an id, its first {count}+ characters, or a code such "
        "as C-001, W-001, S-001, A-001."
    ),
    "case": _(
        "No case with id {text}: give an id, its first {count}+ characters, or a code such "
        "as C-001, W-001, S-001, A-001."
    ),
    "person": _(
        "No person with id {text}: give an id, its first {count}+ characters, or a code such "
        "as C-001, W-001, S-001, A-001."
    ),
    "statement": _(
        "No statement with id {text}: give an id, its first {count}+ characters, or a code such "
        "as C-001, W-001, S-001, A-001."
    ),
    "attachment": _(
        "No attachment with id {text}: give an id, its first {count}+ characters, or a code such "
        "as C-001, W-001, S-001, A-001."
    ),
    "incident": _(
        "No incident with id {text}: give an id, its first {count}+ characters, or a code such "
        "as C-001, W-001, S-001, A-001."
    ),
    "facility": _(
        "No facility with id {text}: give an id, its first {count}+ characters, or a code such "
        "as C-001, W-001, S-001, A-001."
    ),
    "link": _(
        "No link with id {text}: give an id, its first {count}+ characters, or a code such "
        "as C-001, W-001, S-001, A-001."
    ),
}
_NAME_THE = {
    "record": _("Name the record: an id, its first {count}+ characters, or a code."),
    "case": _("Name the case: an id, its first {count}+ characters, or a code."),
    "person": _("Name the person: an id, its first {count}+ characters, or a code."),
    "statement": _("Name the statement: an id, its first {count}+ characters, or a code."),
    "attachment": _("Name the attachment: an id, its first {count}+ characters, or a code."),
    "incident": _("Name the incident: an id, its first {count}+ characters, or a code."),
    "facility": _("Name the facility: an id, its first {count}+ characters, or a code."),
    "link": _("Name the link: an id, its first {count}+ characters, or a code."),
}
_IT_IS = {
    "case": _("No case with id {text}: it is {other}."),
    "person": _("No person with id {text}: it is {other}."),
    "statement": _("No statement with id {text}: it is {other}."),
    "attachment": _("No attachment with id {text}: it is {other}."),
    "incident": _("No incident with id {text}: it is {other}."),
    "facility": _("No facility with id {text}: it is {other}."),
    "link": _("No link with id {text}: it is {other}."),
}
# Nothing found: (what, code or id, in a case or anywhere) -> the whole sentence.
_NOT_FOUND = {
    ("record", "code", False): _("No record with code {text}."),
    ("record", "code", True): _("No record with code {text} in case {case}."),
    ("record", "id", False): _("No record with id {text}."),
    ("record", "id", True): _("No record with id {text} in case {case}."),
    ("case", "code", False): _("No case with code {text}."),
    ("case", "code", True): _("No case with code {text} in case {case}."),
    ("case", "id", False): _("No case with id {text}."),
    ("case", "id", True): _("No case with id {text} in case {case}."),
    ("person", "code", False): _("No person with code {text}."),
    ("person", "code", True): _("No person with code {text} in case {case}."),
    ("person", "id", False): _("No person with id {text}."),
    ("person", "id", True): _("No person with id {text} in case {case}."),
    ("statement", "code", False): _("No statement with code {text}."),
    ("statement", "code", True): _("No statement with code {text} in case {case}."),
    ("statement", "id", False): _("No statement with id {text}."),
    ("statement", "id", True): _("No statement with id {text} in case {case}."),
    ("attachment", "code", False): _("No attachment with code {text}."),
    ("attachment", "code", True): _("No attachment with code {text} in case {case}."),
    ("attachment", "id", False): _("No attachment with id {text}."),
    ("attachment", "id", True): _("No attachment with id {text} in case {case}."),
    ("incident", "code", False): _("No incident with code {text}."),
    ("incident", "code", True): _("No incident with code {text} in case {case}."),
    ("incident", "id", False): _("No incident with id {text}."),
    ("incident", "id", True): _("No incident with id {text} in case {case}."),
    ("facility", "code", False): _("No facility with code {text}."),
    ("facility", "code", True): _("No facility with code {text} in case {case}."),
    ("facility", "id", False): _("No facility with id {text}."),
    ("facility", "id", True): _("No facility with id {text} in case {case}."),
    ("link", "code", False): _("No link with code {text}."),
    ("link", "code", True): _("No link with code {text} in case {case}."),
    ("link", "id", False): _("No link with id {text}."),
    ("link", "id", True): _("No link with id {text} in case {case}."),
}
# A record of another case: kind -> the whole sentence.
_ELSEWHERE = {
    "case": _("{text} is not a case of case {case}: it belongs to another case."),
    "person": _("{text} is not a person of case {case}: it belongs to another case."),
    "statement": _("{text} is not a statement of case {case}: it belongs to another case."),
    "attachment": _("{text} is not a attachment of case {case}: it belongs to another case."),
    "incident": _("{text} is not a incident of case {case}: it belongs to another case."),
    "facility": _("{text} is not a facility of case {case}: it belongs to another case."),
    "link": _("{text} is not a link of case {case}: it belongs to another case."),
}


def _case_code(vault: Vault, case_id: str) -> str:
    row = vault.conn.execute("SELECT code FROM cases WHERE id = ?", (case_id,)).fetchone()
    return case_id[:8] if row is None else str(row[0])


def _case_column(kind: str) -> str:
    return "id" if kind == "case" else "case_id"


def _code_column(kind: str) -> str:
    return "t.code" if kind in _CODED else "NULL"


def _by_code(vault: Vault, kind: str, code: str, case_id: str | None) -> list[Found]:
    table = TABLES[kind]
    sql = (
        f"SELECT t.id, t.code, c.code FROM {table} AS t"  # noqa: S608 - fixed table names
        f" JOIN cases AS c ON c.id = t.{_case_column(kind)} WHERE upper(t.code) = ?"
    )
    args: tuple[str, ...] = (code,)
    if case_id is not None and kind != "case":
        sql, args = sql + " AND t.case_id = ?", (code, case_id)
    rows = vault.conn.execute(sql + " ORDER BY c.code", args).fetchall()
    return [Found(kind, row[0], row[1], row[2]) for row in rows]


def _by_prefix(vault: Vault, prefix: str, kind: str | None, case_id: str | None) -> list[Found]:
    found: list[Found] = []
    # Ids are lowercase hex: every id starting with the prefix sorts in [prefix, prefix+"g").
    for each in (kind,) if kind is not None else KINDS:
        table, case_column = TABLES[each], _case_column(each)
        sql = (
            f"SELECT t.id, {_code_column(each)}, c.code FROM {table} AS t"  # noqa: S608
            f" JOIN cases AS c ON c.id = t.{case_column} WHERE t.id >= ? AND t.id < ?"
        )
        args: tuple[str, ...] = (prefix, prefix + "g")
        if case_id is not None:
            sql, args = sql + f" AND t.{case_column} = ?", (*args, case_id)
        rows = vault.conn.execute(sql + f" LIMIT {_MAX_LISTED + 1}", args).fetchall()
        found.extend(Found(each, row[0], row[1], row[2]) for row in rows)
    return found
