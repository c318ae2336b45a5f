"""A normalized copy of a text that remembers where each of its characters came from.

Detection never searches the original: invisible characters, ligatures, fullwidth forms,
combining accents and in-word apostrophes would let a name or a number slip past. It
searches a folded copy instead and maps every match back through ``MappedText`` to the
original's offsets, so what is redacted is exactly what a reader of the original sees,
including anything invisible inside it.

Folding works on clusters (a base character plus its combining marks): each cluster is
NFKC-normalized (and case-folded for name matching) on its own, and every character it
produces points back to the whole cluster. A match therefore never ends in the middle of
an original character or strands a combining accent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Typed inside words to break them for a reader but not for a human: apostrophes (ASCII,
# typographic, modifier letters, grave and acute used as apostrophes, primes) and the
# Armenian marks written over or inside a word (emphasis, exclamation, comma, question,
# abbreviation). Between two letters they are dropped; elsewhere they stay punctuation,
# so "Սարգսյան՝" still ends at the comma.
IN_WORD_MARKS = frozenset(
    "'\u2018\u2019\u201b\u02bb\u02bc\u02b9\u02bd\u0060\u00b4\u2032\uff07"
    "\u055a\u055b\u055c\u055d\u055e\u055f"
)


def _plain_letters() -> str:
    """Letters of the scripts statements are written in that fold one to one on their
    own: NFKC leaves them, case folding gives one character that NFKC also leaves, and
    neither leaves a combining mark (so ``և``, which folds to two letters, is not one)."""
    ranges = ((0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x531, 0x587), (0x10A0, 0x10FF))
    found = []
    for low, high in ranges:
        for code in range(low, high + 1):
            c = chr(code)
            folded = c.casefold()
            if (
                unicodedata.category(c).startswith("L")
                and unicodedata.normalize("NFKC", c) == c
                and len(folded) == 1
                and unicodedata.normalize("NFKC", folded) == folded
                and not unicodedata.category(folded).startswith("M")
                and c not in IN_WORD_MARKS
            ):
                found.append(c)
    return "".join(found)


# A run of characters that are their own folding, one for one: ASCII other than the
# apostrophe and the backtick (which may be in-word marks), and ``_plain_letters``.
# Such a run is folded whole instead of cluster by cluster (ten times faster on a
# Cyrillic or Armenian statement); the result is the same.
_PLAIN_RUN = re.compile("[\x00-\x26\x28-\x5f\x61-\x7f" + re.escape(_plain_letters()) + "]+")


@dataclass(frozen=True)
class MappedText:
    """``text`` plus, for each of its characters, the original span it came from.

    ``starts[i]`` and ``ends[i]`` are offsets (Python ``str`` indices) into the original
    text; ``ends[i]`` is exclusive. Both lists have ``len(text)`` items. Treat them as
    read-only.
    """

    text: str
    starts: list[int]
    ends: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering ``text[start:end]`` (``start < end``).

        Characters removed by folding that sit inside the span (a zero-width joiner in a
        name) are inside the returned span too.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError("span outside the normalized text")
        return self.starts[start], self.ends[end - 1]


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _is_invisible(ch: str) -> bool:
    # Format characters: soft hyphen, zero-width space/joiners, word joiner, BOM, bidi
    # controls, tag characters. None is visible, any can be planted inside a name.
    return unicodedata.category(ch) == "Cf"


def _next_visible(text: str, index: int) -> str:
    while index < len(text) and _is_invisible(text[index]):
        index += 1
    return text[index] if index < len(text) else ""


def fold(text: str, *, for_names: bool) -> MappedText:
    """Fold ``text`` for matching and keep the offset map back to it.

    Always: NFKC per cluster; invisible (format) characters removed; apostrophes and
    Armenian in-word punctuation removed when they sit between two letters. With
    ``for_names``: also case-folded, and combining marks left after NFKC dropped (so
    "İ" becomes "i" and a strike-through overlay does not split a word). Digits, spaces
    and punctuation are otherwise kept, one folded character per original one or more.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = ""  # the last folded character, for the in-word test
    i = 0
    n = len(text)
    while i < n:
        # Fast path: a run of characters that fold one for one (``_PLAIN_RUN``).
        run = _PLAIN_RUN.match(text, i)
        if run is not None:
            end = run.end()
            if end < n and _is_mark(text[end]):
                end -= 1  # its last character heads a cluster: take the slow path
            if end > i:
                chunk = text[i:end]
                out.append(chunk.casefold() if for_names else chunk)
                starts.extend(range(i, end))
                ends.extend(range(i + 1, end + 1))
                last = chunk[-1]
                i = end
                continue
        ch = text[i]
        j = i + 1
        while j < n and text[j] >= "\u0300" and _is_mark(text[j]):
            j += 1
        if _is_invisible(ch):
            i = j
            continue
        if (
            ch in IN_WORD_MARKS
            and _is_letter(last or " ")
            and _is_letter(_next_visible(text, j) or " ")
        ):
            i = j
            continue
        piece = unicodedata.normalize("NFKC", text[i:j])
        if for_names:
            piece = unicodedata.normalize("NFKC", piece.casefold())
            piece = "".join(c for c in piece if not _is_mark(c)) or " "
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        last = piece[-1]
        i = j
    return MappedText("".join(out), starts, ends)
