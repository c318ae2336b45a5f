"""Record ids: opaque random strings, so an id reveals neither order nor content."""

from __future__ import annotations

import secrets


def new_id() -> str:
    """A fresh random 128-bit id as 32 lowercase hex characters."""
    return secrets.token_hex(16)
