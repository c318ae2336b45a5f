"""Writing accepted redactions into a copy of a text."""

from __future__ import annotations

from collections.abc import Sequence

from vault.core.errors import InputError
from vault.redact.hits import Hit


class StaleRedaction(InputError):
    """A redaction does not match the text it is applied to (the text changed since)."""


def apply_redactions(text: str, hits: Sequence[Hit]) -> str:
    """``text`` with every hit replaced by its replacement (a person's code or a token).

    Overlapping and touching hits become one replacement (the longest hit's, a name's
    before a token's when equally long), so neither "W-001W-001" nor a stray letter
    between two spans appears, and the output never reveals how long the removed text
    was. Refuses (``StaleRedaction``) a hit outside the text or whose ``text`` is not what
    the text holds at its offsets: it was detected on another version, and applying it
    would cut the wrong characters and leave the right ones.
    """
    for hit in hits:
        if not (0 <= hit.start < hit.end <= len(text)) or text[hit.start : hit.end] != hit.text:
            raise StaleRedaction(
                f"A redaction at characters {hit.start}-{hit.end} does not match this text; "
                "run detection again on the current version."
            )
    out: list[str] = []
    position = 0
    ordered = sorted(hits, key=lambda h: (h.start, -h.end))
    index = 0
    while index < len(ordered):
        group = [ordered[index]]
        end = group[0].end
        index += 1
        while index < len(ordered) and ordered[index].start <= end:
            group.append(ordered[index])
            end = max(end, ordered[index].end)
            index += 1
        out.append(text[position : group[0].start])
        out.append(min(group, key=Hit.rank).replacement)
        position = end
    out.append(text[position:])
    return "".join(out)
