"""Snippets for hits that FTS5 cannot highlight itself: folded matches and person mentions.

A folded index holds keys, not text, so the words that matched are found again in the
original: folded the same way (``normalize.fold``), keyed the same way
(``search_keys.word_keys``), and mapped back to the original's offsets. The snippet is
the original text around the first match, matches between « and ».
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vault.core.normalize import fold
from vault.core.search_keys import word_keys

HIGHLIGHT = ("«", "»")
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_WORD = re.compile(r"\S+")


def folded_spans(
    text: str, keys: Iterable[str], prefixes: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """Spans of ``text`` (original offsets) of the words whose search keys are among
    ``keys`` or start with one of ``prefixes``; compared without case, as FTS5 does."""
    wanted = {k.lower() for k in keys}
    starts = tuple(p.lower() for p in prefixes)
    mapped = fold(text, for_names=True)
    spans = []
    for match in _TOKEN.finditer(mapped.text):
        found = [k.lower() for k in word_keys(match.group())]
        if any(k in wanted for k in found) or (starts and any(k.startswith(starts) for k in found)):
            spans.append(mapped.original_span(match.start(), match.end()))
    return spans


def snippet(text: str, spans: list[tuple[int, int]], tokens: int = SNIPPET_TOKENS) -> str:
    """About ``tokens`` words of ``text`` around the first span, every span inside
    marked « »; the start of the text when there is no span. Never more than the text."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if not words:
        return ""
    spans = sorted(spans)
    first = next((i for i, (_, end) in enumerate(words) if spans and end > spans[0][0]), 0)
    lo = max(0, first - tokens // 3)
    hi = min(len(words), lo + tokens)
    start, end = words[lo][0], words[hi - 1][1]
    out = [ELLIPSIS] if lo > 0 else []
    at = start
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s >= e or s < at:
            continue
        out += [text[at:s], HIGHLIGHT[0], text[s:e], HIGHLIGHT[1]]
        at = e
    out.append(text[at:end])
    if hi < len(words):
        out.append(ELLIPSIS)
    return "".join(out)
