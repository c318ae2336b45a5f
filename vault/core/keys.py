"""The subkeys every part of the vault uses, all derived from the one master key."""

from __future__ import annotations

from dataclasses import dataclass

from vault.core.kdf import hkdf_sha256

_LABEL = b"evidence-vault/v1/"


@dataclass(frozen=True, repr=False)
class VaultKeys:
    """HKDF-SHA256 subkeys (salt = vault id) of the master key; never printed or logged."""

    master: bytes
    database: bytes
    database_salt: bytes
    header_mac: bytes
    attachment_wrap: bytes
    custody_mac: bytes
    state: bytes  # seals vault.state (format 2)

    @classmethod
    def derive(cls, master: bytes, vault_id: str) -> VaultKeys:
        """Derive every subkey of ``master`` for the vault ``vault_id``."""
        salt = bytes.fromhex(vault_id)

        def sub(label: str, length: int = 32) -> bytes:
            return hkdf_sha256(master, salt, _LABEL + label.encode("ascii"), length)

        return cls(
            master=master,
            database=sub("sqlcipher-key"),
            database_salt=sub("sqlcipher-salt", 16),
            header_mac=sub("header-mac"),
            attachment_wrap=sub("attachment-key-wrap"),
            custody_mac=sub("custody-mac"),
            state=sub("state-seal"),
        )

    def sqlcipher_key_literal(self) -> str:
        """The raw key and salt in SQLCipher's ``x'<key><salt>'`` form (no passphrase KDF)."""
        return f"x'{self.database.hex()}{self.database_salt.hex()}'"

    def __repr__(self) -> str:
        return "VaultKeys(<redacted>)"
