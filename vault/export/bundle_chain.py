"""The custody log inside a bundle (``custody/custody.jsonl``): chaining and checking.

BUNDLE_SPEC: one canonical-JSON object per line, ``seq`` from 1, each with ``prev`` (the
previous line's ``hash``; 64 zeros on the first line) and
``hash = SHA-256(bytes.fromhex(prev) || canonical JSON of the object without "hash")``.
The exporter re-chains the exported items' events with :func:`chain_events`; the verifier
and the importer check them with :func:`verify_chain`. The chain has no MAC (the receiver
has no key); what binds it is the signed tag manifest that lists the file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vault.core.canonical import canonical_json
from vault.core.errors import template as _

GENESIS_HEX = "0" * 64
# What every line carries (BUNDLE_SPEC "custody/custody.jsonl"); nothing else.
EVENT_KEYS = frozenset({"seq", "utc", "operator", "action", "object", "details", "prev", "hash"})
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def event_hash(prev: str, body: dict[str, Any]) -> str:
    """SHA-256 hex of ``bytes.fromhex(prev)`` followed by the canonical JSON of ``body``
    (the event without its "hash" key, "prev" included)."""
    return hashlib.sha256(bytes.fromhex(prev) + canonical_json(body)).hexdigest()


def chain_events(events: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events renumbered from 1 and chained: each gets ``seq``, ``prev`` and ``hash``
    (any it had are replaced). The input is not modified. Each event must hold utc,
    operator, action, object and details; anything else is refused (ValueError: a bug in
    the caller, not a user error), so a stray field cannot carry data into a bundle."""
    chained: list[dict[str, Any]] = []
    prev = GENESIS_HEX
    for number, event in enumerate(events, start=1):
        body = {key: value for key, value in event.items() if key not in ("seq", "prev", "hash")}
        missing = (EVENT_KEYS - {"seq", "prev", "hash"}) - set(body)
        extra = set(body) - EVENT_KEYS
        if missing or extra:
            raise ValueError(
                f"custody event {number}: missing {sorted(missing)}, unexpected {sorted(extra)}"
            )
        body["seq"] = number
        body["prev"] = prev
        prev = event_hash(prev, body)
        chained.append({**body, "hash": prev})
    return chained


def jsonl_bytes(events: Sequence[dict[str, Any]]) -> bytes:
    """The events as custody.jsonl: one canonical JSON object per line, each line ending
    with a line feed (an empty log is an empty file)."""
    return b"".join(canonical_json(event) + b"\n" for event in events)


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of :func:`verify_chain`: ``rows`` lines held; ``first_broken`` is the
    1-based line number of the first that did not (None when all did), ``reason`` says why
    in a sentence naming that line."""

    ok: bool
    rows: int
    first_broken: int | None
    reason: str
    head: str = GENESIS_HEX  # the last good line's hash


def verify_chain(events: Sequence[Any]) -> ChainCheck:
    """Walk the parsed lines of a custody.jsonl; name the first line that is not an object
    of exactly the spec's keys, whose ``seq`` is not its line number, whose ``prev`` is not
    the previous line's hash, or whose ``hash`` does not match its content. An empty log
    is refused: a bundle always ends with its export event.  ``reason`` is one English
    sentence from a marked template (the shells translate it back)."""
    if not events:
        return ChainCheck(False, 0, 1, _("custody.jsonl is empty (it must end with the export)"))
    prev = GENESIS_HEX
    for number, event in enumerate(events, start=1):
        problem = _line_problem(number, event, prev)
        if problem is not None:
            return ChainCheck(False, number - 1, number, problem, prev)
        prev = event["hash"]
    return ChainCheck(True, len(events), None, "", prev)


def _line_problem(number: int, event: Any, prev: str) -> str | None:
    if not isinstance(event, dict):
        return _("line {line} of custody.jsonl is not a JSON object").format(line=number)
    if set(event) != EVENT_KEYS:
        missing = sorted(EVENT_KEYS - set(event))
        extra = sorted(set(event) - EVENT_KEYS)
        if missing:
            return _("line {line} of custody.jsonl lacks {keys}").format(
                line=number, keys=", ".join(repr(key) for key in missing)
            )
        return _("line {line} of custody.jsonl has {keys}, which no line may have").format(
            line=number, keys=", ".join(repr(key[:40]) for key in extra)
        )
    if type(event["seq"]) is not int or event["seq"] != number:
        return _("line {line} of custody.jsonl has seq {seq}, not {line}").format(
            line=number, seq=str(event["seq"])[:20]
        )
    for key in ("utc", "operator", "action", "object"):
        if not isinstance(event[key], str):
            return _("line {line} of custody.jsonl has a {key} that is not text").format(
                line=number, key=key
            )
    if not isinstance(event["details"], dict):
        return _("line {line} of custody.jsonl has details that are not an object").format(
            line=number
        )
    if not isinstance(event["prev"], str) or event["prev"] != prev:
        if number == 1:
            return _(
                "line 1 of custody.jsonl does not point to 64 zeros (a line was removed, added "
                "or moved)"
            )
        return _(
            "line {line} of custody.jsonl does not point to the hash of line {before} (a line "
            "was removed, added or moved)"
        ).format(line=number, before=number - 1)
    if not isinstance(event["hash"], str) or not _HEX64.match(event["hash"]):
        return _(
            "line {line} of custody.jsonl has a hash that is not 64 lowercase hex digits"
        ).format(line=number)
    body = {key: value for key, value in event.items() if key != "hash"}
    try:
        expected = event_hash(prev, body)
    except ValueError:  # NaN or similar cannot be canonical JSON
        return _("line {line} of custody.jsonl cannot be encoded as canonical JSON").format(
            line=number
        )
    if expected != event["hash"]:
        return _(
            "line {line} of custody.jsonl does not match its hash (it was changed after export)"
        ).format(line=number)
    return None
