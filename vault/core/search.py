"""Full-text search inside the encrypted database (SQLite FTS5).

Indexed, and kept in step by triggers (migrations 0002 and 0007):

- ``search_names``: person names, aliases and codes (W-001), facility names and
  aliases, incident type, place and description, attachment file names, case codes
  (C-001) and titles;
- ``search_texts``: the current version of each statement's body and translation;
- ``search_pages``: the text layer of PDF attachments, page by page (``pdf_text.py``).

The tokenizer is ``unicode61 remove_diacritics 2``: Latin, Cyrillic and Armenian words
match whatever their case, and Latin diacritics are optional. Each index has a folded
twin (``search_keys.py``) holding the transliteration skeletons of its words, so that
"seki" finds Şəki, ёлка finds елка and Sargsian finds Саргсян and Սարգսյան.

Order of hits: exact matches before folded ones. Within each, records found by a name
come first (the most specific hits), ranked by BM25; then statements, ranked by BM25;
then PDF pages. Ranking costs a few microseconds per matching statement, so when more
than RANK_LIMIT statements match (a word that is in most of them, where BM25 cannot tell
them apart anyway) the statements come newest first and carry no score; adding a more
specific word brings ranking back. The folded indexes are asked only when the exact
matches do not fill the page.

Person mentions (a registered person's name in any spelling and grammatical form) are
found by the redaction matcher, which core may not import: ``vault.redact.mentions``
adds them to these hits. The query syntax is in ``search_query.py`` and docs/search.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.core import store
from vault.core.errors import InputError
from vault.core.retracted import live
from vault.core.search_query import MAX_QUERY_CHARS, Query, fts_query, parse
from vault.core.search_snippets import (
    BIG_TEXT_CHARS,
    ELLIPSIS,
    HIGHLIGHT,
    SNIPPET_TOKENS,
    exact_words,
    first_exact_spans,
    first_folded_spans,
    snippet,
)
from vault.core.vault import Vault

__all__ = ["MAX_QUERY_CHARS", "SearchHit", "count_text_matches", "fts_query", "search"]

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000

# Above this many matching statement texts, they come newest first, unranked.
RANK_LIMIT = 40_000

# Ranking and snippets are two steps: a snippet costs a read and a tokenization of the
# whole text, so snippets are made only for the rows that will be shown.
# Retracted records (and those of a retracted case) are never found.
_NAMES = (
    "SELECT r.record_type, r.record_id, r.case_id, r.field, {t}.rowid, rank"  # noqa: S608 - fixed SQL
    " FROM {t} JOIN search_rows AS r ON r.n = {t}.rowid"
    " WHERE {t} MATCH ? AND " + live("r.record_id", "r.case_id")
)
_TEXTS = (
    "SELECT 'statement', s.id, s.case_id, '', {t}.rowid, {rank}"  # noqa: S608 - fixed SQL
    " FROM {t} JOIN statement_versions AS v ON v.n = {t}.rowid"
    " JOIN statements AS s ON s.id = v.statement_id"
    " WHERE {t} MATCH ? AND " + live("s.id", "s.case_id")
)
_PAGES = (
    "SELECT 'attachment', a.id, a.case_id, 'page:' || p.page, {t}.rowid, rank"  # noqa: S608 - fixed SQL
    " FROM {t} JOIN attachment_pages AS p ON p.n = {t}.rowid"
    " JOIN attachments AS a ON a.id = p.attachment_id"
    " WHERE {t} MATCH ? AND " + live("a.id", "a.case_id")
)
_BY_RANK = " ORDER BY rank LIMIT ?"
_NEWEST = " ORDER BY {t}.rowid DESC LIMIT ?"
_TABLES = {
    False: {"names": "search_names", "texts": "search_texts", "pages": "search_pages"},
    True: {
        "names": "search_folded_names",
        "texts": "search_folded_texts",
        "pages": "search_folded_pages",
    },
}


def _sql(kind: str, folded: bool, in_case: bool, newest: bool = False) -> str:
    table = _TABLES[folded][kind]
    if kind == "names":
        sql, case_column = _NAMES, "r.case_id"
    elif kind == "texts":
        sql, case_column = _TEXTS, "s.case_id"
    else:
        sql, case_column = _PAGES, "a.case_id"
    sql = sql.format(t=table, rank="NULL" if newest else "rank")
    if in_case:
        sql += f" AND {case_column} = ?"
    return sql + (_NEWEST.format(t=table) if newest else _BY_RANK)


_NAME_SNIPPET = (
    "SELECT snippet(search_names, 0, ?, ?, ?, ?) FROM search_names"
    " WHERE search_names MATCH ? AND rowid = ?"
)
_TEXT_SNIPPET = (
    "SELECT snippet(search_texts, ?, ?, ?, ?, ?) FROM search_texts"
    " WHERE search_texts MATCH ? AND rowid = ?"
)
_PAGE_SNIPPET = (
    "SELECT snippet(search_pages, 0, ?, ?, ?, ?) FROM search_pages"
    " WHERE search_pages MATCH ? AND rowid = ?"
)


@dataclass(frozen=True)
class SearchHit:
    """One record found: its type and id, its case, the field that matched (``page:N``
    for a page of a PDF attachment), a snippet with the matched words between « and »,
    its BM25 score (higher is better; None for statements listed newest first because
    too many matched, and for folded and person hits), and how it matched: ``exact``,
    ``folded`` (another spelling) or ``person`` (a mention of a registered person)."""

    record_type: str
    record_id: str
    case_id: str
    field: str
    snippet: str
    score: float | None
    match: str = "exact"
    case_code: str = ""
    case_title: str = ""

    @property
    def page(self) -> int | None:
        """The page of a PDF attachment the hit is on (from 1), or None."""
        return int(self.field[5:]) if self.field.startswith("page:") else None

    def as_json(self) -> dict[str, Any]:
        """The hit as a JSON object."""
        return {
            "type": self.record_type,
            "id": self.record_id,
            "case_id": self.case_id,
            "case_code": self.case_code,
            "field": self.field,
            "page": self.page,
            "snippet": self.snippet,
            "score": self.score,
            "match": self.match,
        }


def _rows(vault: Vault, sql: str, match: str, case_id: str | None, fetch: int) -> list[Any]:
    args = (match, case_id, fetch) if case_id is not None else (match, fetch)
    try:
        return vault.conn.execute(sql, args).fetchall()
    except store.OperationalError as exc:  # our quoting should make this unreachable
        raise InputError(f"Cannot search for this text: {exc}.") from None


def _count(vault: Vault, table: str, match: str) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?"  # noqa: S608 - fixed names
    return int(vault.conn.execute(sql, (match,)).fetchone()[0])


def count_text_matches(vault: Vault, query: str) -> int:
    """How many statement texts (current versions) match ``query`` exactly."""
    return _count(vault, "search_texts", parse(query).exact)


def _stage(
    vault: Vault, match: str, folded: bool, case_id: str | None, limit: int
) -> list[tuple[str, tuple[Any, ...]]]:
    """Rows of names, then statements, then pages matching ``match`` in one index family."""
    in_case = case_id is not None
    # A record can match in several rows (name and aliases, pages): fetch more than
    # asked so that keeping the best row per record still fills the page.
    rows = [
        ("names", r)
        for r in _rows(vault, _sql("names", folded, in_case), match, case_id, limit * 3)
    ]
    matching = _count(vault, _TABLES[folded]["texts"], match)
    if matching:
        sql = _sql("texts", folded, in_case, newest=matching > RANK_LIMIT)
        rows += [("texts", r) for r in _rows(vault, sql, match, case_id, limit)]
    rows += [
        ("pages", r)
        for r in _rows(vault, _sql("pages", folded, in_case), match, case_id, limit * 3)
    ]
    return rows


_LENGTHS = {
    "names": "SELECT length(text) FROM search_names WHERE rowid = ?",
    "pages": "SELECT length(text) FROM attachment_pages WHERE n = ?",
    "texts": "SELECT max(length(body), coalesce(length(translation), 0))"
    " FROM statement_versions WHERE n = ?",
}


def _big(vault: Vault, kind: str, rowid: int) -> bool:
    """Whether the indexed row is too long for FTS5's snippet (see search_snippets)."""
    row = vault.conn.execute(_LENGTHS[kind], (rowid,)).fetchone()
    return row is not None and int(row[0] or 0) > BIG_TEXT_CHARS


def _big_exact_snippet(vault: Vault, kind: str, match: str, rowid: int) -> tuple[str, str]:
    """(field, snippet) of an exact hit in a huge text, highlighted around its first
    match without FTS5 (whose snippet takes time growing with the square of matches)."""
    words, prefixes = exact_words(match)
    texts = _original(vault, kind, rowid)
    for field, text in texts:
        spans = first_exact_spans(text, words, prefixes)
        if spans:
            return field, snippet(text, spans)
    return texts[0][0], snippet(texts[0][1], [])


def _exact_snippet(vault: Vault, kind: str, match: str, rowid: int) -> tuple[str, str]:
    """(field, snippet) of an exact hit, highlighted by FTS5 (by us for a huge text)."""
    if _big(vault, kind, rowid):
        return _big_exact_snippet(vault, kind, match, rowid)
    marks = (*HIGHLIGHT, ELLIPSIS, SNIPPET_TOKENS, match, rowid)
    if kind == "names":
        return "", str(vault.conn.execute(_NAME_SNIPPET, marks).fetchone()[0])
    if kind == "pages":
        return "", str(vault.conn.execute(_PAGE_SNIPPET, marks).fetchone()[0])
    text = ""
    for column, field in enumerate(("body", "translation")):
        text = str(vault.conn.execute(_TEXT_SNIPPET, (column, *marks)).fetchone()[0] or "")
        if HIGHLIGHT[0] in text:
            return field, text
    return "body", text


def _original(vault: Vault, kind: str, rowid: int) -> list[tuple[str, str]]:
    """(field, text) of the indexed row, for highlighting a folded hit."""
    if kind == "names":
        row = vault.conn.execute("SELECT text FROM search_names WHERE rowid = ?", (rowid,))
        return [("", str(row.fetchone()[0]))]
    if kind == "pages":
        row = vault.conn.execute("SELECT text FROM attachment_pages WHERE n = ?", (rowid,))
        return [("", str(row.fetchone()[0]))]
    body, translation = vault.conn.execute(
        "SELECT body, translation FROM statement_versions WHERE n = ?", (rowid,)
    ).fetchone()
    return [("body", str(body)), ("translation", str(translation or ""))]


def _folded_snippet(vault: Vault, kind: str, query: Query, rowid: int) -> tuple[str, str]:
    texts = _original(vault, kind, rowid)
    for field, text in texts:
        spans = first_folded_spans(text, query.keys, query.prefixes)
        if spans:
            return field, snippet(text, spans)
    return texts[0][0], snippet(texts[0][1], [])


def case_labels(vault: Vault) -> dict[str, tuple[str, str]]:
    """Every case's (code, title) by id: how hits name their case."""
    return {
        row[0]: (row[1], row[2]) for row in vault.conn.execute("SELECT id, code, title FROM cases")
    }


def search(
    vault: Vault, query: str, *, case_id: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[SearchHit]:
    """The best ``limit`` records matching ``query``, one hit per record: exact matches
    first, then other spellings (see the module docstring for the order).

    An empty list when nothing matches. Refuses a query with nothing to search for.
    """
    parsed = parse(query)
    limit = max(1, min(limit, MAX_LIMIT))
    best: dict[tuple[str, str], tuple[str, bool, tuple[Any, ...]]] = {}

    def keep(rows: list[tuple[str, tuple[Any, ...]]], folded: bool) -> None:
        for kind, row in rows:
            if len(best) == limit:
                return
            best.setdefault((row[0], row[1]), (kind, folded, row))

    keep(_stage(vault, parsed.exact, False, case_id, limit), False)
    if len(best) < limit and parsed.folded is not None:
        keep(_stage(vault, parsed.folded, True, case_id, limit), True)
    labels = case_labels(vault)
    hits = []
    for kind, folded, (record_type, record_id, hit_case, field, rowid, rank) in best.values():
        if folded:
            text_field, text = _folded_snippet(vault, kind, parsed, rowid)
        else:
            text_field, text = _exact_snippet(vault, kind, parsed.exact, rowid)
        code, title = labels.get(hit_case, ("", ""))
        hits.append(
            SearchHit(
                record_type,
                record_id,
                hit_case,
                field.split(":")[0] if field.startswith("alias:") else (field or text_field),
                text,
                None if rank is None or folded else round(-float(rank), 4),
                "folded" if folded else "exact",
                code,
                title,
            )
        )
    return hits
