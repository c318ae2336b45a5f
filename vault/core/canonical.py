"""Canonical JSON: the one byte encoding used wherever JSON is hashed, MACed or bound."""

from __future__ import annotations

import json
from typing import Any


def canonical_json(value: Any) -> bytes:
    """Encode ``value`` as UTF-8 JSON with sorted keys and no insignificant white space.

    Equal values always give equal bytes, so the result can be hashed or used as AAD.
    """
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
