"""Writing accepted redactions into a copy of a text."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from vault.core.errors import InputError
from vault.redact.hits import Hit


def _word_character(ch: str) -> bool:
    # Letters, combining marks and digits of any script: what would fuse with a code.
    return bool(ch) and unicodedata.category(ch)[0] in "LMN"


def _visible_before(text: str, index: int) -> str:
    """The nearest character before ``index`` that is not an invisible format character."""
    while index > 0 and unicodedata.category(text[index - 1]) == "Cf":
        index -= 1
    return text[index - 1] if index > 0 else ""


def _visible_after(text: str, index: int) -> str:
    """The nearest character from ``index`` on that is not an invisible format character."""
    while index < len(text) and unicodedata.category(text[index]) == "Cf":
        index += 1
    return text[index] if index < len(text) else ""


def _separable(replacement: str, text: str, start: int, end: int) -> str:
    """``replacement`` with a space on each side where the text beside it is a letter or
    digit, so "sargsyan1985" becomes "W-001 1985", never "W-0011985". Invisible
    characters between do not count as a separation (a PDF drops them)."""
    if _word_character(_visible_before(text, start)):
        replacement = " " + replacement
    if _word_character(_visible_after(text, end)):
        replacement += " "
    return replacement


class StaleRedaction(InputError):
    """A redaction does not match the text it is applied to (the text changed since)."""


def apply_redactions(text: str, hits: Sequence[Hit]) -> str:
    """``text`` with every hit replaced by its replacement (a person's code or a token).

    Overlapping and touching hits become one replacement (the longest hit's, a name's
    before a token's when equally long), so neither "W-001W-001" nor a stray letter
    between two spans appears, and the output never reveals how long the removed text
    was. A replacement never runs into the text beside it: where a letter or digit (of
    any script) touches the removed span, a space goes between. Refuses
    (``StaleRedaction``) a hit outside the text or whose ``text`` is not what the text
    holds at its offsets: it was detected on another version, and applying it would cut
    the wrong characters and leave the right ones.
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
        out.append(_separable(min(group, key=Hit.rank).replacement, text, group[0].start, end))
        position = end
    out.append(text[position:])
    return "".join(out)
