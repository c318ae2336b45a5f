"""Reading a huge text a window at a time, so that time stays linear and memory bounded.

A statement may hold up to 32 MiB. Folding it whole (``normalize.fold``) keeps two
Python ints per character (about 2 GB for 30 MB), and reading it whole for a snippet or
a name look-up is wasted when the first match is near the start. ``windows`` cuts a text
into pieces of about ``size`` characters at white space (a paragraph break if there is
one near the cut, else a line break, else a space), and gives each piece with ``overlap``
characters of context on both sides: a match that starts inside a piece's own part is
found with the same surroundings it has in the whole text, unless it or the context it
needs (initials, the other half of a name) is longer than the overlap.

Texts of at most ``size`` characters come as one window: the whole text, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

WINDOW_CHARS = 1 << 18  # 262,144 characters, a few MB of working memory folded
OVERLAP_CHARS = 2048
# For a look-up that stops at its first match (a snippet, a mention): smaller windows,
# so that a match near the start is found without reading (and folding) much more.
FIRST_MATCH_WINDOW_CHARS = 1 << 15
_SPACE = re.compile(r"\s")
# Where to cut, best first, looked for in the last quarter of a window.
_CUTS = ("\n\n", "\n", " ", "\t")


class Window(NamedTuple):
    """``text[lo:hi]`` is read; matches starting in ``[start, end)`` belong to it."""

    lo: int
    start: int
    end: int
    hi: int


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece starting at ``start`` ends: at white space near ``start + size``."""
    limit = start + size
    if limit >= len(text):
        return len(text)
    floor = start + size * 3 // 4
    for mark in _CUTS:
        at = text.rfind(mark, floor, limit)
        if at != -1:
            return at + len(mark) if mark == "\n\n" else at + 1
    return limit  # no white space in a quarter of a window: cut inside the run


def _space_before(text: str, at: int, floor: int) -> int:
    """The position just after the last white space in ``text[floor:at]`` (``floor``
    when there is none), so that a window does not begin inside a word."""
    floor = max(0, floor)
    for k in range(at - 1, floor - 1, -1):
        if text[k].isspace():
            return k + 1
    return floor


def windows(text: str, size: int = WINDOW_CHARS, overlap: int = OVERLAP_CHARS) -> Iterator[Window]:
    """The windows of ``text`` in order; their own parts ``[start, end)`` cover the text
    exactly once. A text of at most ``size`` characters is one window."""
    n = len(text)
    if n <= size:
        yield Window(0, 0, n, n)
        return
    start = 0
    while start < n:
        end = _cut(text, start, size)
        lo = 0 if start <= overlap else _space_before(text, start - overlap, start - 2 * overlap)
        hi = n
        if end + overlap < n:
            found = _SPACE.search(text, end + overlap, end + 2 * overlap)
            hi = found.start() if found else end + overlap
        yield Window(lo, start, end, hi)
        start = end
