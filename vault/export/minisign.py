"""minisign keys and signatures in the prehashed ``ED`` format, over Ed25519.

The files are byte-compatible with jedisct1's ``minisign`` (what HQ and VERIFY.txt use):

- public key: ``base64("Ed" || key id (8 bytes) || Ed25519 public key (32 bytes))``,
  in a file after an ``untrusted comment:`` line;
- signature file, four lines::

    untrusted comment: <free text, not covered by any signature>
    base64("ED" || key id || Ed25519(secret, BLAKE2b-512(message)))
    trusted comment: <text>
    base64(Ed25519(secret, signature || trusted comment))

The second signature (the "global" one) binds the trusted comment, which is where the
bundle id, case, profile, time and custody head live.

Key ids are the first 8 bytes of SHA-256(public key): a key has exactly one id, so the
secret to store is just the 32-byte Ed25519 seed. Key storage (encrypted in the vault
database) belongs to the caller.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from vault.export.errors import SignatureInvalid, SignatureMalformed

KEY_ALGORITHM = b"Ed"
PREHASHED = b"ED"  # Ed25519 over BLAKE2b-512 of the message: what `minisign -V -H` requires
LEGACY = b"Ed"  # Ed25519 over the whole message; refused (see verify_signature)
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
# minisign's own limits (minisign.h): longer comments are refused by the reference tool.
MAX_UNTRUSTED_COMMENT = 1024 - len(UNTRUSTED_PREFIX)
MAX_TRUSTED_COMMENT = 8192 - len(TRUSTED_PREFIX)
MAX_SIGNATURE_FILE = 16 * 1024


def fingerprint(public_key_raw: bytes) -> str:
    """The signer fingerprint shown for out-of-band comparison: SHA-256 hex of the raw key."""
    if len(public_key_raw) != 32:
        raise SignatureMalformed("An Ed25519 public key is 32 bytes long.")
    return hashlib.sha256(public_key_raw).hexdigest()


def key_id_for(public_key_raw: bytes) -> bytes:
    """The 8-byte minisign key id we give a key: the start of SHA-256 of the raw key."""
    return hashlib.sha256(public_key_raw).digest()[:8]


def key_id_text(key_id: bytes) -> str:
    """A key id as minisign prints it (the 8 bytes read as a little-endian number, in hex)."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: its key id and the raw 32-byte Ed25519 key."""

    key_id: bytes
    raw: bytes

    @property
    def fingerprint(self) -> str:
        """SHA-256 hex of the raw key (what the app shows and ``--signer`` takes)."""
        return fingerprint(self.raw)

    def line(self) -> str:
        """The base64 line that ``minisign -P`` takes."""
        return base64.b64encode(KEY_ALGORITHM + self.key_id + self.raw).decode("ascii")

    def file_text(self) -> str:
        """A ``.pub`` file as minisign writes it, with the key id in the untrusted comment."""
        return f"{UNTRUSTED_PREFIX}minisign public key {key_id_text(self.key_id)}\n{self.line()}\n"


class SigningKey:
    """An Ed25519 signing key with its minisign key id. ``repr`` never shows the secret."""

    __slots__ = ("_private", "public_key")

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        raw = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.public_key = PublicKey(key_id_for(raw), raw)

    @classmethod
    def from_bytes(cls, secret: bytes) -> SigningKey:
        """Rebuild a key from what :meth:`secret_bytes` gave (the 32-byte Ed25519 seed)."""
        if len(secret) != 32:
            raise SignatureMalformed("A stored signing key must be 32 bytes long.")
        return cls(Ed25519PrivateKey.from_private_bytes(secret))

    def secret_bytes(self) -> bytes:
        """The 32-byte seed to store encrypted; whoever holds it can sign as this vault."""
        return self._private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )

    @property
    def key_id(self) -> bytes:
        return self.public_key.key_id

    def public_key_line(self) -> str:
        """The base64 public key line, as ``minisign -P`` and VERIFY.txt take it."""
        return self.public_key.line()

    def public_key_file(self) -> str:
        """The text of a minisign ``.pub`` file for this key."""
        return self.public_key.file_text()

    def sign(
        self, message: bytes, trusted_comment: str, untrusted_comment: str | None = None
    ) -> str:
        """A minisign signature file (prehashed ``ED``) over ``message``.

        Refuses comments minisign could not carry: a line break (it would end the line
        early and the rest would not be covered), NUL, or more than minisign's limits.
        """
        _check_comment(trusted_comment, MAX_TRUSTED_COMMENT, "trusted")
        if untrusted_comment is None:
            untrusted_comment = f"signature from Evidence Vault key {key_id_text(self.key_id)}"
        _check_comment(untrusted_comment, MAX_UNTRUSTED_COMMENT, "untrusted")
        digest = hashlib.blake2b(message, digest_size=64).digest()
        signature = self._private.sign(digest)
        global_signature = self._private.sign(signature + trusted_comment.encode("utf-8"))
        return (
            f"{UNTRUSTED_PREFIX}{untrusted_comment}\n"
            f"{_b64(PREHASHED + self.key_id + signature)}\n"
            f"{TRUSTED_PREFIX}{trusted_comment}\n"
            f"{_b64(global_signature)}\n"
        )

    def __repr__(self) -> str:
        return f"SigningKey(key_id={key_id_text(self.key_id)})"


def generate_signing_key() -> SigningKey:
    """A fresh random Ed25519 signing key."""
    return SigningKey(Ed25519PrivateKey.generate())


def parse_public_key(text: str | bytes) -> PublicKey:
    """A public key from a whole minisign ``.pub`` file or from its bare base64 line.

    Refuses anything else: another algorithm, a wrong length, stray lines.
    """
    lines = _lines(text, "public key", 4096)
    if len(lines) == 2 and lines[0].startswith(UNTRUSTED_PREFIX):
        lines = lines[1:]
    if len(lines) != 1:
        raise SignatureMalformed(
            "That is not a minisign public key (expected one base64 line, "
            "optionally after an 'untrusted comment:' line)."
        )
    blob = _unb64(lines[0], "public key")
    if len(blob) != 42 or blob[:2] != KEY_ALGORITHM:
        raise SignatureMalformed("That is not a minisign Ed25519 public key.")
    return PublicKey(blob[2:10], blob[10:])


@dataclass(frozen=True)
class Signature:
    """The parts of a minisign signature file."""

    untrusted_comment: str
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse_signature(text: str | bytes) -> Signature:
    """Split a ``.minisig`` file into its parts, refusing any deviation from the format."""
    lines = _lines(text, "signature", MAX_SIGNATURE_FILE)
    if len(lines) != 4:
        raise SignatureMalformed("The signature file does not have minisign's four lines.")
    untrusted, sig_line, trusted, global_line = lines
    if not untrusted.startswith(UNTRUSTED_PREFIX):
        raise SignatureMalformed("The signature file does not start with 'untrusted comment:'.")
    if not trusted.startswith(TRUSTED_PREFIX):
        raise SignatureMalformed("The signature file has no 'trusted comment:' line.")
    blob = _unb64(sig_line, "signature")
    if len(blob) != 74:
        raise SignatureMalformed("The signature line has the wrong length for minisign.")
    global_signature = _unb64(global_line, "signature")
    if len(global_signature) != 64:
        raise SignatureMalformed("The global signature has the wrong length for minisign.")
    return Signature(
        untrusted_comment=untrusted[len(UNTRUSTED_PREFIX) :],
        algorithm=blob[:2],
        key_id=blob[2:10],
        signature=blob[10:],
        trusted_comment=trusted[len(TRUSTED_PREFIX) :],
        global_signature=global_signature,
    )


def verify_signature(
    message: bytes, signature_text: str | bytes, public_key: PublicKey | str
) -> str:
    """Check a minisign signature over ``message``; return its trusted comment.

    Both signatures must verify: the one over BLAKE2b-512(message) and the global one over
    the signature and the trusted comment (so neither the file nor the comment can change).
    Refuses the legacy non-prehashed format: VERIFY.txt tells reviewers to run
    ``minisign -V -H``, which refuses it too, and accepting two formats would let a bundle
    pass here that the documented command rejects. Refuses a signature whose key id is not
    the given key's (signed by someone else) before any cryptography.
    """
    key = parse_public_key(public_key) if isinstance(public_key, str) else public_key
    parsed = parse_signature(signature_text)
    if parsed.algorithm == LEGACY:
        raise SignatureMalformed(
            "The signature uses minisign's legacy (non-prehashed) format; only prehashed "
            "signatures are accepted, as `minisign -V -H` requires."
        )
    if parsed.algorithm != PREHASHED:
        raise SignatureMalformed("The signature uses an algorithm minisign does not define.")
    if parsed.key_id != key.key_id:
        raise SignatureInvalid(
            f"The signature was made with key {key_id_text(parsed.key_id)}, "
            f"not with the expected key {key_id_text(key.key_id)}."
        )
    verifier = Ed25519PublicKey.from_public_bytes(key.raw)
    digest = hashlib.blake2b(message, digest_size=64).digest()
    try:
        verifier.verify(parsed.signature, digest)
    except InvalidSignature:
        raise SignatureInvalid(
            "The signature does not match the signed file: it was changed after signing."
        ) from None
    try:
        verifier.verify(
            parsed.global_signature, parsed.signature + parsed.trusted_comment.encode("utf-8")
        )
    except InvalidSignature:
        raise SignatureInvalid(
            "The trusted comment of the signature was changed after signing."
        ) from None
    return parsed.trusted_comment


def _check_comment(comment: str, limit: int, which: str) -> None:
    if any(ch in comment for ch in "\r\n\x00"):
        raise SignatureMalformed(f"A {which} comment cannot contain a line break or NUL.")
    if len(comment.encode("utf-8")) > limit:
        raise SignatureMalformed(f"The {which} comment is longer than minisign allows.")


def _lines(text: str | bytes, what: str, limit: int) -> list[str]:
    """Non-empty lines of a small text file; a CR before each LF is tolerated."""
    if isinstance(text, bytes):
        if len(text) > limit:
            raise SignatureMalformed(f"The {what} file is too large to be a minisign {what}.")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise SignatureMalformed(f"The {what} file is not UTF-8 text.") from None
    if len(text) > limit:
        raise SignatureMalformed(f"The {what} file is too large to be a minisign {what}.")
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    if any("\r" in line or "\x00" in line for line in lines):
        raise SignatureMalformed(f"The {what} file has a stray carriage return or NUL.")
    # Like minisign itself, only line ends are trimmed: trailing spaces in a trusted
    # comment are part of what was signed.
    return lines


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(line: str, what: str) -> bytes:
    try:
        return base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureMalformed(f"The {what} line is not valid base64.") from None
