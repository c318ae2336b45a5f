"""What changed between two versions of a statement's text, word by word, for a shell to
show (the window highlights added and removed words).  Computed in memory only.

Words are compared whole (letters and digits of any script, runs of white space, single
signs), so a changed word shows as the old word removed and the new one added, never as
a scatter of changed letters; white space changes inside a line are shown as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

__all__ = ["DiffPiece", "diff_words"]

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
PieceKind = Literal["same", "added", "removed"]


@dataclass(frozen=True)
class DiffPiece:
    """A stretch of text both versions share, or one only the new (``added``) or only the
    old (``removed``) version has."""

    kind: PieceKind
    text: str


def diff_words(old: str, new: str) -> list[DiffPiece]:
    """The pieces that turn ``old`` into ``new``: joined, the ``same`` and ``removed``
    pieces give ``old`` back, the ``same`` and ``added`` ones give ``new``.  Where a
    stretch was replaced, the removed words come before the added ones; a lone space
    between two changed words belongs to the change ("grey coat" -> "black jacket" is one
    replacement, not two)."""
    before = _TOKEN.findall(old)
    after = _TOKEN.findall(new)
    opcodes = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    pieces: list[DiffPiece] = []
    removed: list[str] = []
    added: list[str] = []
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        shared = "".join(before[i1:i2])
        inner = 0 < n < len(opcodes) - 1
        if op == "equal" and not (inner and not shared.strip() and "\n" not in shared):
            _flush(pieces, removed, added)
            _add(pieces, "same", shared)
            continue
        removed.append("".join(before[i1:i2]))
        added.append("".join(after[j1:j2]))
    _flush(pieces, removed, added)
    return pieces


def _flush(pieces: list[DiffPiece], removed: list[str], added: list[str]) -> None:
    if "".join(removed):
        _add(pieces, "removed", "".join(removed))
    if "".join(added):
        _add(pieces, "added", "".join(added))
    removed.clear()
    added.clear()


def _add(pieces: list[DiffPiece], kind: PieceKind, text: str) -> None:
    # Neighbours of one kind are merged so a shell draws one highlight, not many.
    if pieces and pieces[-1].kind == kind:
        pieces[-1] = DiffPiece(kind, pieces[-1].text + text)
    else:
        pieces.append(DiffPiece(kind, text))
