"""Signing keys: this vault's own, and the signers it trusts for ``verify`` and ``import``.

The vault's own Ed25519 key signs its bundles. It is made when the vault is created (so
``info`` can show its fingerprint from the start; a vault made before that gets it at its
first export) and kept as a hex seed in the vault's encrypted settings, never in
a file; making it is a custody event (``signing-key-create``).

Trusted signers are other vaults' public keys, taken from a received bundle's
``signature/signer.pub`` or a ``.pub`` file after the fingerprint was compared out of
band. Revoking keeps the row (with the time) so a bundle signed by that key is reported
REVOKED rather than merely unknown. Every change is one transaction with a custody event.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vault.core.custody import utc_now
from vault.core.dates import human_time
from vault.core.errors import InputError, UnknownId
from vault.core.errors import template as _
from vault.core.imported import RaisedImport, raise_signer_status
from vault.core.vault import Vault
from vault.export.archive_read import AGE_MAGIC, ZIP_MAGIC, open_bundle
from vault.export.errors import SignatureMalformed
from vault.export.minisign import (
    PublicKey,
    SigningKey,
    generate_signing_key,
    key_id_text,
    parse_public_key,
)

SIGNING_KEY_SETTING = "signing_key"
MAX_NAME_CHARS = 200
# The name of the vault's own key among its trusted signers (English where it is stored
# or recorded; the shells show it translated: a marked template, matched exactly).
OWN_KEY_NAME = _("this vault's own key")
MAX_KEY_FILE_BYTES = 4096
SIGNER_PUB = "signature/signer.pub"
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")
_SEPARATORS = re.compile(r"[\s:-]+")


@dataclass(frozen=True)
class TrustedSigner:
    """A row of the vault's trusted signers; ``public_key`` is minisign's base64 line."""

    fingerprint: str
    name: str
    public_key: str
    added_utc: str
    revoked_utc: str | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_utc is not None

    def as_json(self) -> dict[str, Any]:
        """The signer as a JSON object, with its status ("trusted" or "revoked")."""
        return {**asdict(self), "status": "revoked" if self.revoked else "trusted"}


def grouped_fingerprint(fingerprint: str) -> str:
    """A fingerprint in groups of 8 hex digits, for reading aloud and comparing by eye."""
    return " ".join(fingerprint[i : i + 8] for i in range(0, len(fingerprint), 8))


def parse_fingerprint(text: str) -> str:
    """A fingerprint as typed: 64 hex digits, spaces, colons or dashes between groups
    allowed, any case; InputError otherwise."""
    cleaned = _SEPARATORS.sub("", text).lower()
    if not _FINGERPRINT.match(cleaned):
        raise InputError(
            "A signer fingerprint is 64 hexadecimal digits (SHA-256 of the public key), "
            "as verify and `signer list` print it."
        )
    return cleaned


def read_public_key_file(path: Path) -> PublicKey:
    """The minisign public key in ``path`` (a bundle's signature/signer.pub or a ``.pub``
    file). Refuses a missing, oversized or malformed file with a message saying so."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"There is no key file at {path}.") from None
    except IsADirectoryError:
        raise InputError(
            f"{path} is a folder; give the signer.pub file inside its signature folder."
        ) from None
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        return parse_public_key(data)
    except SignatureMalformed as exc:
        raise InputError(f"{path.name} is not a minisign public key file: {exc}") from None


def read_signer_key(path: Path, identity: Path | None = None) -> PublicKey:
    """The signer's public key from ``path``: a minisign ``.pub`` file, or a bundle of any
    form (folder, ``.zip``, or ``.age`` opened with ``identity``) whose
    ``signature/signer.pub`` is read in memory (the bundle is checked for safety as
    ``verify`` opens it; nothing is extracted or written).  Refuses a missing path, an
    unsafe or unreadable bundle, one without a signer key, and a malformed key."""
    if not path.is_dir():
        try:
            with open(path, "rb") as handle:
                head = handle.read(64)
        except FileNotFoundError:
            raise InputError(f"There is no key file or bundle at {path}.") from None
        except OSError as exc:
            raise InputError(f"Cannot read {path}: {exc.strerror}.") from None
        if not head.startswith(AGE_MAGIC + ZIP_MAGIC):
            return read_public_key_file(path)
    with open_bundle(path, identity) as bundle:
        if SIGNER_PUB not in bundle:
            raise InputError(f"The bundle {path.name} has no {SIGNER_PUB}; it is not signed.")
        data = bundle.read(SIGNER_PUB, MAX_KEY_FILE_BYTES)
    try:
        return parse_public_key(data)
    except SignatureMalformed as exc:
        raise InputError(f"The bundle's {SIGNER_PUB} is not a minisign public key: {exc}") from None


def check_confirmed_fingerprint(key: PublicKey, typed: str) -> None:
    """Refuse (InputError) a key whose fingerprint is not the one ``typed`` (as the sender
    read it out; groups, separators and case do not matter)."""
    if parse_fingerprint(typed) != key.fingerprint:
        raise InputError(
            f"The key's fingerprint {grouped_fingerprint(key.fingerprint)} is not the one "
            "given; nothing was trusted. Ask the sender to read theirs out again."
        )


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME_CHARS or not name.isprintable():
        raise InputError(f"A signer name must be 1 to {MAX_NAME_CHARS} printable characters.")
    return name


def _row(vault: Vault, fingerprint: str) -> TrustedSigner | None:
    row = vault.conn.execute(
        "SELECT fingerprint, name, public_key, added_utc, revoked_utc FROM signers"
        " WHERE fingerprint = ?",
        (fingerprint,),
    ).fetchone()
    return None if row is None else TrustedSigner(*row)


def trust_signer(vault: Vault, public_key: PublicKey, name: str) -> TrustedSigner:
    """Add ``public_key`` to the trusted signers under ``name`` and log it.

    Refuses (InputError) a key already trusted (naming it) and a key that was revoked:
    revocation says the key may be in someone else's hands, so it is not undone by
    trusting the same key again.
    """
    name = _check_name(name)
    signer = TrustedSigner(public_key.fingerprint, name, public_key.line(), utc_now())
    with vault.transaction() as conn:
        existing = _row(vault, signer.fingerprint)
        if existing is not None and existing.revoked:
            raise InputError(
                f"The key {grouped_fingerprint(signer.fingerprint)} ({existing.name}) was "
                f"revoked on {human_time(existing.revoked_utc)}; a revoked key cannot be trusted "
                "again."
            )
        if existing is not None:
            raise InputError(f"That key is already trusted, as {existing.name!r}.")
        conn.execute(
            "INSERT INTO signers (fingerprint, name, public_key, added_utc, revoked_utc)"
            " VALUES (?, ?, ?, ?, NULL)",
            (signer.fingerprint, signer.name, signer.public_key, signer.added_utc),
        )
        vault.record(
            "signer-trust",
            "signer",
            signer.fingerprint,
            {"name": name, "key_id": key_id_text(public_key.key_id)},
        )
    return signer


@dataclass(frozen=True)
class TrustOutcome:
    """A signer now trusted, and the earlier imports it signed whose status was raised."""

    signer: TrustedSigner
    raised: list[RaisedImport]


def trust(vault: Vault, public_key: PublicKey, name: str) -> TrustOutcome:
    """:func:`trust_signer`, and in the same transaction raise every earlier import signed
    by that key from PINNED or UNVERIFIED to TRUSTED (each a ``signer-status`` event)."""
    with vault.transaction():
        signer = trust_signer(vault, public_key, name)
        raised = raise_signer_status(vault, signer.fingerprint)
    return TrustOutcome(signer, raised)


def revoke_signer(vault: Vault, fingerprint: str) -> TrustedSigner:
    """Mark the trusted signer with ``fingerprint`` (as :func:`parse_fingerprint` takes it)
    revoked now and log it; the row stays. UnknownId if no signer has that fingerprint,
    InputError if it is already revoked."""
    fingerprint = parse_fingerprint(fingerprint)
    with vault.transaction() as conn:
        existing = _row(vault, fingerprint)
        if existing is None:
            raise UnknownId(
                f"No trusted signer has the fingerprint {grouped_fingerprint(fingerprint)}."
            )
        if existing.revoked:
            raise InputError(
                f"{existing.name!r} was already revoked on {human_time(existing.revoked_utc)}."
            )
        revoked = TrustedSigner(
            existing.fingerprint,
            existing.name,
            existing.public_key,
            existing.added_utc,
            utc_now(),
        )
        conn.execute(
            "UPDATE signers SET revoked_utc = ? WHERE fingerprint = ?",
            (revoked.revoked_utc, fingerprint),
        )
        vault.record("signer-revoke", "signer", fingerprint, {"name": existing.name})
    return revoked


def list_signers(vault: Vault) -> list[TrustedSigner]:
    """Every trusted signer, revoked ones included, in the order they were added."""
    rows = vault.conn.execute(
        "SELECT fingerprint, name, public_key, added_utc, revoked_utc FROM signers"
        " ORDER BY added_utc, name, fingerprint"
    )
    return [TrustedSigner(*row) for row in rows]


def signers_for_verify(vault: Vault) -> list[TrustedSigner]:
    """What ``verify --vault`` trusts: the trusted signers (revoked ones included, so they
    are reported REVOKED) and this vault's own key, if it has one and it is not listed."""
    signers = list_signers(vault)
    stored = vault.setting(SIGNING_KEY_SETTING)
    if stored is not None:
        own = SigningKey.from_bytes(bytes.fromhex(stored)).public_key
        if all(signer.fingerprint != own.fingerprint for signer in signers):
            signers.append(TrustedSigner(own.fingerprint, OWN_KEY_NAME, own.line(), ""))
    return signers


def vault_signing_key(vault: Vault) -> SigningKey:
    """This vault's Ed25519 signing key, made and logged (``signing-key-create``) the first
    time it is asked for (joining the caller's transaction if one is open)."""
    stored = vault.setting(SIGNING_KEY_SETTING)
    if stored is not None:
        return SigningKey.from_bytes(bytes.fromhex(stored))
    key = generate_signing_key()
    with vault.transaction():
        vault.set_setting(SIGNING_KEY_SETTING, key.secret_bytes().hex())
        vault.record(
            "signing-key-create",
            "vault",
            vault.vault_id,
            {"fingerprint": key.public_key.fingerprint, "key_id": key_id_text(key.key_id)},
        )
    return key


def own_fingerprint(vault: Vault) -> str | None:
    """The fingerprint of this vault's signing key, or None if it has none yet (asking
    does not make one)."""
    stored = vault.setting(SIGNING_KEY_SETTING)
    if stored is None:
        return None
    return SigningKey.from_bytes(bytes.fromhex(stored)).public_key.fingerprint
