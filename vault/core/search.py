"""Full-text search inside the encrypted database (SQLite FTS5).

Indexed, and kept in step by triggers (migration 0002), in two FTS5 tables:
``search_names`` (person names and aliases, facility names and aliases, incident type,
place and description, attachment file names) and ``search_texts`` (the current version
of each statement's body and translation).  The tokenizer is ``unicode61
remove_diacritics 2``: Latin, Cyrillic and Armenian words match whatever their case, and
Latin diacritics are optional (``sarkisyan`` finds ``Sarkisyán``).

Order of hits: records found by a name come first (the most specific hits), ranked by
BM25; then statements, ranked by BM25.  Ranking costs a few microseconds per matching
statement, so when more than RANK_LIMIT statements match (a word that is in most of
them, where BM25 cannot tell them apart anyway) the statements come newest first and
carry no score; adding a more specific word brings ranking back.

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


# Above this many matching statement texts, they come newest first, unranked.
RANK_LIMIT = 40_000

# Ranking and snippets are two steps: a snippet costs a read and a tokenization of the
# whole text, so snippets are made only for the rows that will be shown.
_NAMES = (
    "SELECT r.record_type, r.record_id, r.case_id, r.field, search_names.rowid, rank"
    " FROM search_names JOIN search_rows AS r ON r.n = search_names.rowid"
    " WHERE search_names MATCH ?"
)
_TEXTS = (
    "SELECT 'statement', s.id, s.case_id, '', search_texts.rowid, {rank}"
    " FROM search_texts JOIN statement_versions AS v ON v.n = search_texts.rowid"
    " JOIN statements AS s ON s.id = v.statement_id"
    " WHERE search_texts MATCH ?"
)
_BY_RANK = " ORDER BY rank LIMIT ?"
_NEWEST = " ORDER BY search_texts.rowid DESC LIMIT ?"
_SQL = {
    ("names", False): _NAMES + _BY_RANK,
    ("names", True): _NAMES + " AND r.case_id = ?" + _BY_RANK,
    ("ranked", False): _TEXTS.format(rank="rank") + _BY_RANK,
    ("ranked", True): _TEXTS.format(rank="rank") + " AND s.case_id = ?" + _BY_RANK,
    ("newest", False): _TEXTS.format(rank="NULL") + _NEWEST,
    ("newest", True): _TEXTS.format(rank="NULL") + " AND s.case_id = ?" + _NEWEST,
}
_COUNT_TEXTS = "SELECT count(*) FROM search_texts WHERE search_texts MATCH ?"
_NAME_SNIPPET = (
    "SELECT snippet(search_names, 0, ?, ?, ?, ?) FROM search_names"
    " WHERE search_names MATCH ? AND rowid = ?"
)
_TEXT_SNIPPET = (
    "SELECT snippet(search_texts, ?, ?, ?, ?, ?) FROM search_texts"
    " WHERE search_texts MATCH ? AND rowid = ?"
)


@dataclass(frozen=True)
class SearchHit:
    """One record found: its type and id, the field that matched, a snippet with the
    matched words between « and », and its BM25 score (higher is better; None for
    statements listed newest first because too many matched to rank)."""

    record_type: str
    record_id: str
    case_id: str
    field: str
    snippet: str
    score: float | None

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


def _rows(
    vault: Vault, key: tuple[str, bool], match: str, case_id: str | None, fetch: int
) -> list[tuple[Any, ...]]:
    args = (match, case_id, fetch) if key[1] else (match, fetch)
    try:
        return vault.conn.execute(_SQL[key], args).fetchall()
    except store.OperationalError as exc:  # our quoting should make this unreachable
        raise InputError(f"Cannot search for this text: {exc}.") from None


def _snippet(vault: Vault, table: str, match: str, rowid: int) -> tuple[str, str]:
    """(field, snippet) of one hit."""
    marks = (*HIGHLIGHT, ELLIPSIS, SNIPPET_TOKENS, match, rowid)
    if table == "names":
        return "", str(vault.conn.execute(_NAME_SNIPPET, marks).fetchone()[0])
    snippet = ""
    for column, field in enumerate(("body", "translation")):
        snippet = str(vault.conn.execute(_TEXT_SNIPPET, (column, *marks)).fetchone()[0] or "")
        if HIGHLIGHT[0] in snippet:
            return field, snippet
    return "body", snippet


def count_text_matches(vault: Vault, query: str) -> int:
    """How many statement texts (current versions) match ``query``."""
    return int(vault.conn.execute(_COUNT_TEXTS, (fts_query(query),)).fetchone()[0])


def search(
    vault: Vault, query: str, *, case_id: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[SearchHit]:
    """The best ``limit`` records matching ``query``, one hit per record: records found
    by a name first, then statements (see the module docstring for the order).

    An empty list when nothing matches.  Refuses a query with nothing to search for.
    """
    match = fts_query(query)
    limit = max(1, min(limit, MAX_LIMIT))
    in_case = case_id is not None
    # A record can match in several rows (name and aliases): fetch more than asked so
    # that keeping the best row per record still fills the page.
    fetch = limit * 3
    rows = [("names", row) for row in _rows(vault, ("names", in_case), match, case_id, fetch)]
    matching = int(vault.conn.execute(_COUNT_TEXTS, (match,)).fetchone()[0])
    if matching:
        order = "ranked" if matching <= RANK_LIMIT else "newest"
        rows += [("texts", row) for row in _rows(vault, (order, in_case), match, case_id, limit)]
    best: dict[tuple[str, str], tuple[str, tuple[Any, ...]]] = {}
    for table, row in rows:
        best.setdefault((row[0], row[1]), (table, row))
        if len(best) == limit:
            break
    hits = []
    for table, (record_type, record_id, hit_case, field, rowid, rank) in best.values():
        text_field, snippet = _snippet(vault, table, match, rowid)
        hits.append(
            SearchHit(
                record_type,
                record_id,
                hit_case,
                field.split(":")[0] or text_field,
                snippet,
                None if rank is None else round(-float(rank), 4),
            )
        )
    return hits
