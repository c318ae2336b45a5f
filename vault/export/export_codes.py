"""Export codes: how a bundle names persons and the case without counting anyone.

The vault's own codes are numbered (``W-003``, ``C-002``): a bundle carrying ``W-003``
alone would tell its reader that the case holds at least three witnesses, and ``C-002``
that the vault holds at least two cases.  Bundles therefore use export codes instead:

- ``W-7KQ3MX``: the role letter of the vault code (W witness, V victim, P perpetrator,
  I interviewer, T interpreter, X other; C for the case), a dash, and six characters of
  Crockford base32 (no I, L, O, U) taken from HMAC-SHA256 under a random key kept in the
  vault (setting ``export_code_key``, made at the first export) over the record's id.
  The six characters always hold at least one letter, so an export code never looks like
  a numbered vault code.
- The same person gets the same export code in every bundle of this vault, whatever the
  profile: a reviewer at headquarters who receives two bundles of one case can link the
  same person across them, and nothing else.  Without the key nobody can tell from a code
  how many persons or cases exist, or link it to a vault code.
- Within one case, two persons whose codes would collide (about 1 in 10^9 for a pair)
  are told apart by taking the next HMAC candidate, the person created first keeping the
  first; removing that earlier person could then change the later one's export code.
  That is the one way a code changes, and it is vanishingly rare.

Nothing but the key is stored; the codes are recomputed at each export.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from vault.core.cases import Case
from vault.core.persons import CODE_PREFIX, Person
from vault.core.vault import Vault

_KEY_SETTING = "export_code_key"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_LENGTH = 6


def _key(vault: Vault) -> bytes:
    """The vault's export-code key, made (and logged) the first time it is needed."""
    stored = vault.setting(_KEY_SETTING)
    if stored is not None:
        return bytes.fromhex(stored)
    key = secrets.token_bytes(32)
    with vault.transaction():
        vault.set_setting(_KEY_SETTING, key.hex())
        vault.record("export-codes-key", "vault", "export-codes", {"created": True})
    return key


def _candidates(key: bytes, kind: str, object_id: str) -> Iterable[str]:
    """The code bodies for one record, best first (never all digits)."""
    counter = 0
    while True:
        mac = hmac.new(key, f"{kind}:{object_id}:{counter}".encode(), hashlib.sha256).digest()
        value = int.from_bytes(mac[:8], "big")
        body = "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in range(_LENGTH))
        if not body.isdigit():
            yield body
        counter += 1


def person_export_codes(vault: Vault, persons: list[Person]) -> dict[str, str]:
    """Export codes of ``persons`` (all of one case, in creation order, as ``list_persons``
    gives them), by person id.  Stable for each person across every bundle of the vault."""
    key = _key(vault)
    taken: set[str] = set()
    codes: dict[str, str] = {}
    for person in persons:
        prefix = CODE_PREFIX[person.first_role]
        for body in _candidates(key, "person", person.id):
            code = f"{prefix}-{body}"
            if code not in taken:
                taken.add(code)
                codes[person.id] = code
                break
    return codes


def case_export_code(vault: Vault, case: Case) -> str:
    """The case's export code (``C-`` and six characters), the same in every bundle."""
    body = next(iter(_candidates(_key(vault), "case", case.id)))
    return f"C-{body}"
