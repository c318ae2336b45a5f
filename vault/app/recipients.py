"""The age recipients this vault remembers for encrypted exports, each with a name a
person gave it ("HQ legal team"), kept inside the encrypted vault as one setting.

A recipient is a public key (not a secret), but the list says who a field team sends to,
so it stays in the vault, never in a file beside it.  Each change leaves one ``edit``
custody event on the vault's settings that says what changed, never the name or key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from vault.core.errors import InputError, UnknownId
from vault.core.keyslots import parse_age_recipient
from vault.core.text_input import clean_line, same_name
from vault.core.vault import Vault

RECIPIENTS_KEY = "export.recipients"
MAX_NAME = 80

__all__ = [
    "Recipient",
    "add_recipient",
    "check_recipient",
    "list_recipients",
    "remove_recipient",
]


@dataclass(frozen=True)
class Recipient:
    """One remembered age X25519 recipient (``age1...``) and the name it is known by."""

    name: str
    key: str


def check_recipient(key: str) -> str:
    """``key`` as an age X25519 recipient (surrounding spaces removed); InputError for
    anything else, the same refusal ``export --recipient`` gives."""
    key = key.strip()
    parse_age_recipient(key)
    return key


def list_recipients(vault: Vault) -> list[Recipient]:
    """The remembered recipients in the order they were added; a damaged setting reads as
    none (it never stops an export: a key can always be added again)."""
    stored = vault.setting(RECIPIENTS_KEY)
    if not stored:
        return []
    try:
        rows = json.loads(stored)
    except ValueError:
        return []
    found = []
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, dict) and isinstance(row.get("name"), str):
            key = row.get("key")
            if isinstance(key, str):
                found.append(Recipient(row["name"], key))
    return found


def _save(vault: Vault, recipients: list[Recipient], change: str) -> None:
    value = json.dumps([{"name": r.name, "key": r.key} for r in recipients], ensure_ascii=False)
    with vault.transaction():
        vault.set_setting(RECIPIENTS_KEY, value)
        vault.record("edit", "vault", "settings", {"changed": ["export_recipients"], "how": change})


def add_recipient(vault: Vault, name: str, key: str) -> Recipient:
    """Remember ``key`` under ``name``.  Refuses an empty or over-long name, what is not
    an age X25519 recipient, and a key or name already remembered (naming the entry)."""
    cleaned = clean_line(name or "", "recipient's name", MAX_NAME)
    key = check_recipient(key)
    known = list_recipients(vault)
    for other in known:
        if other.key == key:
            raise InputError(f"That key is already remembered as {other.name!r}.")
        if same_name(other.name, cleaned):
            raise InputError(f"A recipient named {other.name!r} is already remembered.")
    added = Recipient(cleaned, key)
    _save(vault, [*known, added], "added")
    return added


def remove_recipient(vault: Vault, key: str) -> Recipient:
    """Forget the recipient with ``key``; UnknownId when none is remembered with it.
    Bundles already encrypted to it are not affected."""
    known = list_recipients(vault)
    gone = next((r for r in known if r.key == key.strip()), None)
    if gone is None:
        raise UnknownId("No remembered recipient has that key.")
    _save(vault, [r for r in known if r is not gone], "removed")
    return gone
