"""Full-text search inside the encrypted database (SQLite FTS5).

Indexed (and kept in step by triggers, see migration 0002): the current version of each
statement's body and translation, person names and aliases, facility names and aliases,
incident type/place/description, and attachment file names.  The tokenizer is
``unicode61 remove_diacritics 2``: Latin, Cyrillic and Armenian words match whatever
their case, and Latin diacritics are optional (``sarkisyan`` finds ``Sarkisyán``).

What a person types is never handed to FTS5 as syntax.  Each word becomes a quoted
string; text in double quotes is a phrase; a trailing ``*`` asks for words starting with
it; ``OR`` between two words means either; other punctuation is ignored.  A query with no
letters or digits at all is refused with a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.core import store
from vault.core.errors import InputError
from vault.core.vault import Vault

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
MAX_QUERY_CHARS = 1000
SNIPPET_TOKENS = 12
HIGHLIGHT = ("«", "»")
ELLIPSIS = "…"


# Ranking and snippets are two steps: snippets cost a read and a tokenization of the
# whole text, so they are made only for the rows that will be shown.
_RANKED = (
    "SELECT r.record_type, r.record_id, r.case_id, r.field, search_index.rowid, rank"
    " FROM search_index JOIN search_rows AS r ON r.n = search_index.rowid"
    " WHERE search_index MATCH ?"
)
_SQL = _RANKED + " ORDER BY rank LIMIT ?"
_SQL_IN_CASE = _RANKED + " AND r.case_id = ? ORDER BY rank LIMIT ?"
_SNIPPET = (
    "SELECT snippet(search_index, 0, ?, ?, ?, ?) FROM search_index"
    " WHERE search_index MATCH ? AND rowid = ?"
)


@dataclass(frozen=True)
class SearchHit:
    """One record found: its type and id, the field that matched, and a snippet with the
    matched words between « and »."""

    record_type: str
    record_id: str
    case_id: str
    field: str
    snippet: str
    score: float

    def as_json(self) -> dict[str, Any]:
        """The hit as a JSON object."""
        return {
            "type": self.record_type,
            "id": self.record_id,
            "case_id": self.case_id,
            "field": self.field,
            "snippet": self.snippet,
            "score": self.score,
        }


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


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query (see the module docstring).

    Refuses, with a message, a query that has no letter or digit to search for.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise InputError(f"The search is longer than {MAX_QUERY_CHARS} characters.")
    parts: list[str] = []
    pending_or = False
    for term, is_phrase, is_prefix in _terms(text):
        if not is_phrase and term in ("AND", "OR"):
            pending_or = term == "OR" and bool(parts)
            continue
        if not _searchable(term):
            continue
        quoted = '"' + term.replace('"', '""') + '"' + ("*" if is_prefix else "")
        if pending_or:
            parts.append("OR")
            pending_or = False
        parts.append(quoted)
    if not parts:
        raise InputError(
            f"Nothing to search for in {text!r}: type at least one word (letters or digits)."
        )
    return " ".join(parts)


def search(
    vault: Vault, query: str, *, case_id: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[SearchHit]:
    """The best ``limit`` records matching ``query``, best first, one hit per record.

    An empty list when nothing matches.  Refuses a query with nothing to search for.
    """
    match = fts_query(query)
    limit = max(1, min(limit, MAX_LIMIT))
    # A record can match in several fields (name and alias, body and translation):
    # fetch a few more rows than asked so that keeping the best per record still fills
    # the page.
    fetch = limit * 3
    args: list[Any] = [match]
    sql = _SQL
    if case_id is not None:
        sql = _SQL_IN_CASE
        args.append(case_id)
    try:
        rows = vault.conn.execute(sql, (*args, fetch)).fetchall()
    except store.OperationalError as exc:  # our quoting should make this unreachable
        raise InputError(f"Cannot search for {query!r}: {exc}.") from None
    best: dict[tuple[str, str], tuple[Any, ...]] = {}
    for row in rows:
        best.setdefault((row[0], row[1]), row)
        if len(best) == limit:
            break
    hits = []
    for record_type, record_id, hit_case, field, rowid, rank in best.values():
        snippet = vault.conn.execute(
            _SNIPPET, (*HIGHLIGHT, ELLIPSIS, SNIPPET_TOKENS, match, rowid)
        ).fetchone()[0]
        hits.append(
            SearchHit(
                record_type,
                record_id,
                hit_case,
                field.split(":")[0],
                snippet,
                round(-float(rank), 4),
            )
        )
    return hits
