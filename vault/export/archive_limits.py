"""How much a bundle may hold, and the running tally that enforces it while reading.

The limits are far above any real case (DESIGN.md: an export of 1 GiB of attachments) and
far below what would exhaust a reviewer's laptop. They are checked against what the
archive declares before anything is decompressed, then again against what actually
comes out, so a header that lies about a size gains nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from vault.core.progress import NO_WORK, Work
from vault.export.errors import HostileBundle, show_name

GIB = 1024**3
MIB = 1024**2
CHUNK = MIB


@dataclass(frozen=True)
class ReadLimits:
    """Caps applied while opening a bundle (tests lower them to stay small)."""

    max_members: int = 10_000
    max_total_bytes: int = 4 * GIB
    max_member_bytes: int = 4 * GIB
    # A deflated zip member may expand up to this ratio; beyond it (zeros compress about
    # 1000:1) it is a bomb. Small members are exempt: their expansion cannot hurt.
    max_ratio: int = 100
    ratio_floor_bytes: int = MIB
    max_json_bytes: int = 64 * MIB
    # Any one tar header (PAX records, GNU long names) larger than this is a memory bomb.
    max_header_bytes: int = MIB
    # Plaintext of an .age bundle kept in memory after the first pass (tag files first,
    # as the writer orders them); anything beyond is decrypted again when asked for.
    retain_bytes: int = 256 * MIB


DEFAULT_LIMITS = ReadLimits()


@dataclass(frozen=True)
class Member:
    """One regular file of a bundle, as measured while it was read."""

    name: str
    size: int
    sha256: str
    sha512: str


class MemberTally:
    """Counts members and bytes as an archive is walked, refusing past the limits."""

    def __init__(self, limits: ReadLimits) -> None:
        self.limits = limits
        self.entries = 0
        self.declared_total = 0

    def expect(self, count: int) -> None:
        """Refuse up front when a directory already says it holds too many entries."""
        if count > self.limits.max_members:
            self._too_many()

    def count_entry(self) -> None:
        """One more entry of any kind (files, folders, links: all cost a header)."""
        self.entries += 1
        if self.entries > self.limits.max_members:
            self._too_many()

    def _too_many(self) -> None:
        raise HostileBundle(
            f"The bundle has more than {self.limits.max_members:,} members; nothing was read."
        )

    def declare(self, name: str, size: int) -> None:
        """A file's declared size, checked before any of its bytes are read."""
        if size < 0 or size > self.limits.max_member_bytes:
            raise HostileBundle(
                f"The bundle member {show_name(name)} declares {size:,} bytes, more than "
                f"the {self.limits.max_member_bytes:,} allowed; nothing was read."
            )
        self.declared_total += size
        if self.declared_total > self.limits.max_total_bytes:
            raise HostileBundle(
                f"The bundle holds more than {self.limits.max_total_bytes:,} bytes in all; "
                "nothing was read."
            )


def measure(
    name: str, chunks: Iterable[bytes], declared: int, keep: bool, work: Work = NO_WORK
) -> tuple[Member, bytes]:
    """Hash a member's bytes (SHA-256 and SHA-512) and check they are exactly ``declared``.

    Stops as soon as more bytes arrive than declared, so a lying header cannot make us read
    (or keep) more than the limits allowed. Returns the bytes too when ``keep``.  Reports
    each chunk to ``work`` (and honours its cancel).
    """
    sha256, sha512 = hashlib.sha256(), hashlib.sha512()
    kept: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > declared:
            raise HostileBundle(
                f"The bundle member {show_name(name)} holds more bytes than its header "
                "declares; nothing was read."
            )
        sha256.update(chunk)
        sha512.update(chunk)
        if keep:
            kept.append(chunk)
        work.advance(len(chunk))
    if size != declared:
        raise HostileBundle(
            f"The bundle member {show_name(name)} is shorter than its header declares; "
            "nothing was read."
        )
    return Member(name, size, sha256.hexdigest(), sha512.hexdigest()), b"".join(kept)
