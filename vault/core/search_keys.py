"""Spelling-independent search keys: the folded twin of every full-text index.

A word is folded exactly as name detection folds it (``normalize.fold`` with
``for_names``) and replaced by its transliteration skeletons (``skeleton.skeletons``):
Şəki, Шеки and Sheki share the key "seki"; ёлка and елка share "elka"; Əliyev, Aliyev
and Алиев share "aliev"; Sargsian, Sargsyan, Саргсян and Սարգսյան share "sargsian". The
FTS5 tokenizer then lower-cases the keys, which merges the skeleton's one-letter digraph
symbols with their plain letters (sh and s, ch and c, zh and z): what a person types on a
keyboard without Azerbaijani or Armenian letters ("seki" for Şəki, "cingiz" for Çingiz)
meets what was written. Digits are kept as they are; other characters separate words.

``index_keys`` is registered on every database connection as the SQL function
``search_keys`` (``store.connect``), so the triggers of migration 0007 keep the folded
indexes in step with the plain ones inside the same transaction, whoever writes the
record. The keys never leave the encrypted database.
"""

from __future__ import annotations

import re
from typing import Any

from vault.core.normalize import fold
from vault.core.skeleton import skeletons
from vault.core.text_input import fold_name

# Letters, or digits: the two kinds of token a key text holds.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# A letter anyascii cannot spell is "#" in a skeleton: FTS5 would split the word on it.
# "q" never appears in a skeleton (skeleton.py turns q into k), so it stands in.
_UNKNOWN = str.maketrans({"#": "q"})
SQL_FUNCTION = "search_keys"
FOLD_FUNCTION = "fold_name"  # list filters (pages.py): NFKC, case-folded


def word_keys(word: str) -> tuple[str, ...]:
    """The search keys of one folded word: its skeletons, ready for FTS5 (may be empty)."""
    if word.isdigit():
        return (word,)
    return tuple(key.translate(_UNKNOWN) for key in skeletons(word))


def query_words(text: str) -> list[tuple[str, ...]]:
    """The keys of each word of a query term, in order ("Ter-Petrosyan" is two words);
    words without a key (no letter anyascii can spell) are left out."""
    folded = fold(text, for_names=True).text
    found = [word_keys(word) for word in _TOKEN.findall(folded)]
    return [keys for keys in found if keys]


def index_keys(text: Any) -> str | None:
    """The key text of ``text`` for a folded index: each word's keys, space-separated.

    NULL (None) stays NULL, so an absent translation indexes nothing. Refuses nothing:
    a value that is not text is indexed as its string form.
    """
    if text is None:
        return None
    folded = fold(str(text), for_names=True).text
    return " ".join(" ".join(word_keys(word)) for word in _TOKEN.findall(folded))


def register(conn: Any) -> None:
    """Make ``search_keys(text)`` callable in SQL on ``conn`` (the folded-index triggers
    need it on every connection that writes records), and ``fold_name(text)`` (the list
    filters of ``pages.py``)."""
    conn.create_function(SQL_FUNCTION, 1, index_keys, deterministic=True)
    conn.create_function(FOLD_FUNCTION, 1, _fold_or_empty, deterministic=True)


def _fold_or_empty(value: Any) -> str:
    return "" if value is None else fold_name(str(value))
