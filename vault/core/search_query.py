"""What a person types, turned into two safe FTS5 queries: one exact, one folded.

The syntax (docs/search.md): words separated by spaces must all match (AND); ``OR``
between two words or phrases means either; text in double quotes is a phrase; a trailing
``*`` asks for words starting with it; any other punctuation is part of no syntax. What
a person types is never handed to FTS5 as syntax: each word becomes a quoted string.

The exact query runs on the plain indexes (case folded, Latin diacritics optional). The
folded query runs on the folded twins (``search_keys.py``): each word becomes the OR of
its transliteration skeletons, a prefix asks for keys starting with the prefix's key, and
a phrase (or a word that folds into several, such as "W-001" or "Ter-Petrosyan") is a
phrase of keys; when one of its words has several keys (Əliyev is "aliev" or "eliev")
it asks instead for the words near each other, in any order, since such a word indexes
as several keys side by side.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from vault.core.errors import InputError
from vault.core.search_keys import query_words

MAX_QUERY_CHARS = 1000
# A phrase whose words have many spellings asks for at most this many combinations.
_MAX_COMBINATIONS = 16
_NEAR_DISTANCE = 3


@dataclass(frozen=True)
class Query:
    """``exact`` and ``folded`` are FTS5 MATCH strings (``folded`` is None when no word
    has a key); ``keys`` are every search key asked for, and ``prefixes`` those asked for
    as prefixes, for highlighting folded hits."""

    exact: str
    folded: str | None
    keys: frozenset[str]
    prefixes: frozenset[str]


def _terms(text: str) -> list[tuple[str, bool, bool]]:
    """Split into (text, is_phrase, is_prefix) terms; quotes group a phrase."""
    terms: list[tuple[str, bool, bool]] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char == '"':
            end = text.find('"', i + 1)
            end = len(text) if end == -1 else end
            terms.append((text[i + 1 : end], True, False))
            i = end + 1
        else:
            end = i
            while end < len(text) and not text[end].isspace() and text[end] != '"':
                end += 1
            word = text[i:end]
            terms.append((word.rstrip("*"), False, word.endswith("*")))
            i = end
    return terms


def _searchable(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _quoted(key: str, prefix: bool) -> str:
    # Keys are letters and digits only, but quoting keeps that a property of this line.
    return '"' + key.replace('"', '""') + '"' + ("*" if prefix else "")


def _folded_term(words: list[tuple[str, ...]], is_prefix: bool) -> str:
    """One term of the folded query: a word's keys OR'ed, several words NEAR each other."""
    if len(words) == 1:
        keys = words[0]
        return "(" + " OR ".join(_quoted(k, is_prefix) for k in keys) + ")"
    if all(len(keys) == 1 for keys in words):  # one spelling each: an ordered phrase
        phrase = " ".join(keys[0] for keys in words)
        return _quoted(phrase, is_prefix)
    combos = list(itertools.islice(itertools.product(*words), _MAX_COMBINATIONS))
    if len(combos) == _MAX_COMBINATIONS:
        combos = [tuple(keys[0] for keys in words)]
    groups = []
    for combo in combos:
        phrases = [_quoted(k, is_prefix and i == len(combo) - 1) for i, k in enumerate(combo)]
        groups.append(f"NEAR({' '.join(phrases)}, {_NEAR_DISTANCE})")
    return "(" + " OR ".join(groups) + ")"


def parse(text: str) -> Query:
    """Both queries for what a person typed (see the module docstring).

    Refuses, with a message, a query longer than MAX_QUERY_CHARS or with no letter or
    digit to search for.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise InputError(f"The search is longer than {MAX_QUERY_CHARS} characters.")
    exact: list[str] = []
    folded: list[str] = []
    keys: set[str] = set()
    prefixes: set[str] = set()
    pending_or = False
    for term, is_phrase, is_prefix in _terms(text):
        if not is_phrase and term in ("AND", "OR"):
            pending_or = term == "OR" and bool(exact)
            continue
        if not _searchable(term):
            continue
        if pending_or:
            exact.append("OR")
            folded.append("OR")
            pending_or = False
        exact.append(_quoted(term, is_prefix))
        words = query_words(term)
        if words:
            folded.append(_folded_term(words, is_prefix))
            for word in words:
                keys.update(word)
            if is_prefix:
                prefixes.update(words[-1])
        else:
            # Nothing to fold (no letter anyascii spells): the term matches nothing
            # folded. Skeletons collapse doubled letters, so "qq" is never a key.
            folded.append('"qq"')
    if not exact:
        raise InputError(
            f"Nothing to search for in {text!r}: type at least one word (letters or digits)."
        )
    # FTS5 allows an implicit AND only between phrases, not between bracketed groups.
    joined: list[str] = []
    for part in folded:
        if joined and part != "OR" and joined[-1] != "OR":
            joined.append("AND")
        joined.append(part)
    folded_query = " ".join(joined) if keys else None
    return Query(" ".join(exact), folded_query, frozenset(keys), frozenset(prefixes))


def fts_query(text: str) -> str:
    """The exact FTS5 query for what a person typed (kept for callers of the old API)."""
    return parse(text).exact
