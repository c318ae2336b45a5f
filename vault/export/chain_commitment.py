"""What a bundle's signature says about the vault it came from (the ``chain=`` claim).

The trusted comment of every bundle ends with ``chain=<claim>``, repeated as
``vault_chain`` in the export event of its custody.jsonl:

- ``evidence`` bundles (for a court, with originals and real names) carry the vault's
  custody head itself, ``<seq>:<row hash hex>``, which the court can check against the
  vault's log directly.
- Every anonymized bundle carries a commitment instead, ``commit:<hex>`` with
  ``hex = SHA-256("evidence-vault/chain-commitment/v1\\n" || nonce || "<seq>:<hash>")``
  and a fresh random 32-byte nonce per bundle.  The sequence number would tell a reader
  how many custody events (records, decisions, exports) the vault holds; the commitment
  tells nothing, and two bundles of the same vault state do not even look alike.  The
  nonce and the head are kept in the vault's own custody log, in the details of that
  export's event, so the sender can later *open* the commitment (show nonce, seq and
  hash) to prove which vault state a bundle came from: :func:`chain_opening` reads them
  back and :func:`opens` checks an opening against a claim.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from vault.core import custody
from vault.core.errors import UnknownId
from vault.core.vault import Vault

COMMIT_PREFIX = "commit:"
_LABEL = b"evidence-vault/chain-commitment/v1\n"


@dataclass(frozen=True)
class ChainClaim:
    """The claim a bundle signs, and (for a commitment) what opens it."""

    claim: str
    seq: int
    head_hash: str
    nonce: bytes | None

    def vault_details(self) -> dict[str, object]:
        """What the vault's own export event keeps so the claim can be opened later."""
        details: dict[str, object] = {"chain_claim": self.claim}
        if self.nonce is not None:
            details.update(chain_nonce=self.nonce.hex(), chain_head=f"{self.seq}:{self.head_hash}")
        return details


def commitment(nonce: bytes, seq: int, head_hash: str) -> str:
    """``commit:`` and SHA-256(label || nonce || "seq:hash") in hex."""
    digest = hashlib.sha256(_LABEL + nonce + f"{seq}:{head_hash}".encode("ascii"))
    return COMMIT_PREFIX + digest.hexdigest()


def chain_claim(vault: Vault, anonymized: bool) -> ChainClaim:
    """The claim for a bundle written now: the plain head for ``evidence``, a fresh
    commitment to it for every anonymized profile."""
    seq, head_hash = vault.custody_head()
    if not anonymized:
        return ChainClaim(f"{seq}:{head_hash}", seq, head_hash, None)
    nonce = secrets.token_bytes(32)
    return ChainClaim(commitment(nonce, seq, head_hash), seq, head_hash, nonce)


def opens(claim: str, nonce_hex: str, seq: int, head_hash: str) -> bool:
    """True when (nonce, seq, hash) is the opening of ``claim``."""
    try:
        nonce = bytes.fromhex(nonce_hex)
    except ValueError:
        return False
    return secrets.compare_digest(commitment(nonce, seq, head_hash), claim)


def chain_opening(vault: Vault, bundle_id: str) -> ChainClaim:
    """The claim this vault signed into bundle ``bundle_id`` and what opens it, from the
    vault's custody log; UnknownId if this vault did not export that bundle."""
    for event in custody.events(vault.conn):
        details = event.details
        if event.action != "export" or details.get("bundle") != bundle_id:
            continue
        claim = details.get("chain_claim")
        if not isinstance(claim, str):
            break  # exported before claims were kept
        head = str(details.get("chain_head") or claim)
        seq_text, _, head_hash = head.partition(":")
        nonce = details.get("chain_nonce")
        opening = bytes.fromhex(nonce) if isinstance(nonce, str) else None
        return ChainClaim(claim, int(seq_text), head_hash, opening)
    raise UnknownId(f"This vault has no record of a commitment for bundle {bundle_id}.")
