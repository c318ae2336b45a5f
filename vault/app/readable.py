"""How both shells show ids, hashes, times and dates to a person: one style everywhere.

- an id: its first 8 characters (every command takes a unique 6+ character prefix back);
- a hash: its first 16 hex digits (the full one is in ``show`` and ``--json``);
- a time: ``2026-12-02 17:50 UTC`` (stored and in JSON as ISO 8601 UTC with a ``Z``);
- a date: ISO 8601 at the precision known, ``2022-03-01``, ``2022-03``, ``2022``, with
  ``~`` in front when approximate (as the command line takes dates: ``~2021``);
- a linked record: its code (``W-001``, ``S-001``), else its kind and short id;
- a name taken from outside (an attachment's file name, a bundle member, a signer):
  ``shown``, its controls and invisible format characters escaped (``\u202e``), so
  ``invoice\u202egpj.exe`` cannot read as a ``.jpg``.

Machine output (``--json``) keeps full ids and ISO 8601 UTC; these are for eyes only.
"""

from __future__ import annotations

from typing import Any

from vault.core.dates import human_time
from vault.core.refs import code_of
from vault.core.text_input import INVISIBLE_FORMAT_CLASS, escape_invisible
from vault.core.vault import Vault

SHORT_ID = 8
SHORT_HASH = 16

__all__ = [
    "INVISIBLE_FORMAT_CLASS",
    "Labels",
    "human_date",
    "human_time",
    "short_hash",
    "short_id",
    "shown",
]


def shown(text: str, keep: str = "") -> str:
    """``text`` as either shell shows it: controls and invisible format characters
    escaped (``vault.core.text_input.escape_invisible``; ``keep="\n"`` keeps line
    breaks). Display only: stored names stay as received."""
    return escape_invisible(text, keep)


def short_id(record_id: str | None) -> str:
    """The first 8 characters of an id ("-" for none): enough to tell records apart on
    screen, and a prefix every command accepts back while it names one record."""
    return "-" if not record_id else record_id[:SHORT_ID]


def short_hash(digest: str | None) -> str:
    """The first 16 hex digits of a hash ("-" for none)."""
    return "-" if not digest else digest[:SHORT_HASH]


def human_date(date: Any) -> str:
    """A partial date (``PartialDate`` or its JSON ``{"value", "precision"}``) as
    ``2022-03-01`` / ``2022-03`` / ``2022``, ``~`` in front when approximate; "-" for none."""
    if date is None:
        return "-"
    if isinstance(date, dict):
        value, precision = date.get("value"), date.get("precision")
    else:
        value, precision = getattr(date, "value", None), getattr(date, "precision", None)
    if not value:
        return "-"
    return f"~{value}" if precision == "approximate" else str(value)


class Labels:
    """The code (or, for kinds without one, ``kind short-id``) of linked records, looked up
    once each: what a person reads instead of a 32-character id."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._known: dict[tuple[str, str], str] = {}

    def code(self, kind: str, record_id: str | None) -> str:
        """``W-001`` for a coded record; the short id for one without a code; "-" for none."""
        if not record_id:
            return "-"
        key = (kind, record_id)
        if key not in self._known:
            self._known[key] = code_of(self._vault, kind, record_id) or short_id(record_id)
        return self._known[key]

    def named(self, kind: str, record_id: str | None) -> str:
        """``person W-001``, ``incident 3fa2c1d0``: the kind, then the code or short id."""
        return "-" if not record_id else f"{kind} {self.code(kind, record_id)}"
