"""Snippets for hits that FTS5 cannot highlight itself: folded matches and person mentions.

A folded index holds keys, not text, so the words that matched are found again in the
original: folded the same way (``normalize.fold``), keyed the same way
(``search_keys.word_keys``), and mapped back to the original's offsets. The snippet is
the original text around the first match, matches between « and ».

Huge texts (a statement may hold 32 MiB) are never folded or split into words whole:
``first_folded_spans`` folds one window at a time (``text_windows.py``) and stops at the
first that matches, ``first_exact_spans`` reads words until just past the first match,
and ``snippet`` looks only at the few thousand characters around the first span. FTS5's
own ``snippet()`` and ``highlight()`` take time growing with the square of the matches
in one text, so ``search`` asks them only for texts under ``BIG_TEXT_CHARS``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from vault.core.normalize import fold
from vault.core.search_keys import word_keys
from vault.core.text_windows import FIRST_MATCH_WINDOW_CHARS, windows

HIGHLIGHT = ("«", "»")
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_WORD = re.compile(r"\S+")
# Above this many characters a text is read around its first match only.
BIG_TEXT_CHARS = 100_000
_BEFORE_CHARS = 2_000  # context kept before the first span of a huge text
_AFTER_CHARS = 6_000  # and after it
# An FTS5 token (unicode61: letters and digits), and a quoted string of an exact query.
_FTS_TOKEN = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'"((?:[^"]|"")*)"(\*?)')


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


def first_folded_spans(
    text: str, keys: Iterable[str], prefixes: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """``folded_spans`` of the first window of ``text`` that has any (all of them for a
    text of one window): enough for a snippet, in memory bounded by the window."""
    keys, prefixes = tuple(keys), tuple(prefixes)
    for window in windows(text, FIRST_MATCH_WINDOW_CHARS):
        if window.lo == 0 and window.hi == len(text):
            return folded_spans(text, keys, prefixes)
        spans = folded_spans(text[window.lo : window.hi], keys, prefixes)
        spans = [(s + window.lo, e + window.lo) for s, e in spans]
        if any(window.start <= s < window.end for s, _ in spans):
            return spans
    return []


def _fts_fold(word: str) -> str:
    """A word as FTS5's unicode61 tokenizer with remove_diacritics compares it."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def exact_words(match: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words, prefixes) of an exact FTS5 query (``search_query.parse(...).exact``),
    folded as ``first_exact_spans`` compares them."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for quoted, star in _QUOTED.findall(match):
        tokens = [_fts_fold(t) for t in _FTS_TOKEN.findall(quoted.replace('""', '"'))]
        if tokens and star:
            prefixes.add(tokens.pop())
        words.update(tokens)
    return frozenset(words), frozenset(prefixes)


def first_exact_spans(
    text: str, words: frozenset[str], prefixes: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` equal to one of ``words`` or starting with one of
    ``prefixes`` (compared as FTS5 does, without case and Latin accents), from the first
    to a few thousand characters after it: what a snippet of a huge text shows. Phrases
    are not checked as phrases: each of their words is marked where it stands."""
    starts = tuple(prefixes)
    spans: list[tuple[int, int]] = []
    for match in _FTS_TOKEN.finditer(text):
        if spans and match.start() > spans[0][0] + _AFTER_CHARS:
            break
        word = _fts_fold(match.group())
        if word in words or (starts and word.startswith(starts)):
            spans.append(match.span())
    return spans


def snippet(text: str, spans: list[tuple[int, int]], tokens: int = SNIPPET_TOKENS) -> str:
    """About ``tokens`` words of ``text`` around the first span, every span inside
    marked « »; the start of the text when there is no span. Never more than the text.
    Of a huge text only the characters around the first span are read."""
    if len(text) > BIG_TEXT_CHARS:
        return _local_snippet(text, spans, tokens)
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


def _local_snippet(text: str, spans: list[tuple[int, int]], tokens: int) -> str:
    """``snippet`` of a huge text, made from the stretch around its first span."""
    first = min(spans)[0] if spans else 0
    lo = max(0, first - _BEFORE_CHARS)
    hi = min(len(text), first + _AFTER_CHARS)
    if lo > 0:  # begin and end at white space: no half word
        space = re.compile(r"\s").search(text, lo, first)
        lo = space.end() if space else first
    if hi < len(text):
        cut = max(text.rfind(" ", first, hi), text.rfind("\n", first, hi))
        hi = cut if cut > first else hi
    local = [(s - lo, e - lo) for s, e in spans if s < hi and e > lo]
    piece = snippet(text[lo:hi], local, tokens)
    if lo > 0 and piece and not piece.startswith(ELLIPSIS):
        piece = ELLIPSIS + piece
    if hi < len(text) and piece and not piece.endswith(ELLIPSIS):
        piece += ELLIPSIS
    return piece
