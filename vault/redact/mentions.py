"""Where is this person mentioned? The same answer as redaction, found through search.

``person_mentions`` asks the folded search indexes (``vault.core.search_keys``) for the
statements and PDF pages that may name the person: any word whose key starts with the
key of one of their name words (so grammatical endings pass: Саргсяна, Սարգսյանի,
Əliyevin), also with voiced and voiceless consonants swapped (Grigoryan, Krikorian).
A final vowel of a key is left off the prefix, since case endings replace it (Гасанова,
Гасановой; Gülnarə, Gülnarənin). Each candidate is then read by the redaction matcher
itself (``find_names`` with a ``NameIndex`` of every person of the case, as redaction
reads it, so a surname two people share goes to the same person), and only what it gives
this person is a mention: the spans it would propose for redaction are the spans
highlighted in the snippet.

Not found (documented in docs/search.md): a spelling one letter away from every name
word that also starts differently (typos in the first letters); redaction, which reads
every statement, still proposes those.

``search_with_mentions`` is what the ``search`` command runs: the core search, plus the
mentions of every registered person the query names (exact hits first, then mentions,
then other spellings).
"""

from __future__ import annotations

import itertools

from vault.core.errors import InputError, UnknownId
from vault.core.normalize import fold
from vault.core.persons import Person, get_person, list_persons
from vault.core.retracted import live
from vault.core.search import DEFAULT_LIMIT, MAX_LIMIT, SearchHit, case_labels, search
from vault.core.search_keys import word_keys
from vault.core.search_snippets import snippet
from vault.core.text_windows import FIRST_MATCH_WINDOW_CHARS, windows
from vault.core.vault import Vault
from vault.redact.hits import ProtectedName
from vault.redact.name_index import MIN_STRONG, WORD, NameIndex
from vault.redact.names import find_names

# Candidates read by the matcher at most, newest first; far above any field case.
MAX_CANDIDATES = 5000
# Persons named by one query whose mentions are looked up.
MAX_PERSONS = 5
_SWAPS = {"g": "gk", "k": "kg", "d": "dt", "t": "td", "b": "bp", "p": "pb"}
_MAX_SWAPPED = 8
_VOWELS = frozenset("aeiouy")


def resolve_person(vault: Vault, ref: str, case_id: str | None = None) -> Person:
    """The person with id ``ref``, or with code ``ref`` (W-001) in ``case_id`` or, with no
    case given, in the only case that has that code. UnknownId when none; InputError
    when the code is used in several cases (add --case)."""
    ref = ref.strip()
    try:
        person = get_person(vault, ref)
    except UnknownId:
        pass
    else:
        if case_id is not None and person.case_id != case_id:
            raise UnknownId(f"No person {ref} in case {case_id}.")
        return person
    sql = "SELECT id FROM persons WHERE upper(code) = upper(?)"
    args: tuple[str, ...] = (ref,)
    if case_id is not None:
        sql, args = sql + " AND case_id = ?", (ref, case_id)
    ids = [row[0] for row in vault.conn.execute(sql, args)]
    if not ids:
        raise UnknownId(f"No person with id or code {ref}.")
    if len(ids) > 1:
        raise InputError(
            f"Code {ref} is used in {len(ids)} cases: say which case.",
            data={"ref": ref, "persons": ids},
            hint="name-case",
        )
    return get_person(vault, ids[0])


def _swapped(key: str) -> list[str]:
    """``key`` with voiced and voiceless consonants swapped, a few spellings at most."""
    choices = [_SWAPS.get(c, c) for c in key]
    return ["".join(p) for p in itertools.islice(itertools.product(*choices), _MAX_SWAPPED)]


def candidate_query(person: Person) -> str | None:
    """The folded-index query for texts that may name ``person`` (None: no usable word)."""
    keys: set[str] = set()
    for name in person.names:
        for word in WORD.findall(fold(name, for_names=True).text):
            for key in word_keys(word):
                # A final vowel gives way to the case ending (Гасанова -> Гасановой,
                # Гульнару; Gülnarə -> Gülnarənin): the prefix is the word without it.
                stem = key[:-1] if key[-1:] in _VOWELS else key
                for prefix in {key, stem}:
                    if len(prefix) >= MIN_STRONG:
                        keys.update(k.lower() for k in _swapped(prefix))
    if not keys:
        return None
    return " OR ".join(f'"{k}"*' for k in sorted(keys))


def _candidates(vault: Vault, match: str, case_id: str) -> list[tuple[str, str, str, str]]:
    """(record type, id, field, text) rows that may name the person, newest first."""
    rows = vault.conn.execute(
        "SELECT 'statement', s.id, v.body, v.translation FROM search_folded_texts AS f"  # noqa: S608
        " JOIN statement_versions AS v ON v.n = f.rowid"
        " JOIN statements AS s ON s.id = v.statement_id"
        " WHERE search_folded_texts MATCH ? AND s.case_id = ?"
        f" AND {live('s.id', 's.case_id')} ORDER BY f.rowid DESC LIMIT ?",
        (match, case_id, MAX_CANDIDATES),
    ).fetchall()
    found = []
    for record_type, record_id, body, translation in rows:
        found.append((record_type, record_id, "body", str(body)))
        if translation:
            found.append((record_type, record_id, "translation", str(translation)))
    pages = vault.conn.execute(
        "SELECT 'attachment', a.id, 'page:' || p.page, p.text FROM search_folded_pages AS f"  # noqa: S608
        " JOIN attachment_pages AS p ON p.n = f.rowid"
        " JOIN attachments AS a ON a.id = p.attachment_id"
        " WHERE search_folded_pages MATCH ? AND a.case_id = ?"
        f" AND {live('a.id', 'a.case_id')} ORDER BY p.n LIMIT ?",
        (match, case_id, MAX_CANDIDATES),
    ).fetchall()
    return found + [(r[0], r[1], r[2], str(r[3])) for r in pages]


def _first_mentions(text: str, index: NameIndex, person_id: str) -> list[tuple[int, int]]:
    """Spans the matcher gives ``person_id`` in the first window of ``text`` that has
    any (``vault.core.text_windows``: a huge text is not folded whole), or none."""
    for window in windows(text, FIRST_MATCH_WINDOW_CHARS):
        part = text[window.lo : window.hi]
        spans = [
            (h.start + window.lo, h.end + window.lo)
            for h in find_names(part, fold(part, for_names=True), index)
            if h.person_ref == person_id
        ]
        if any(window.start <= s < window.end for s, _ in spans):
            return spans
    return []


def person_mentions(vault: Vault, person: Person, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Every statement and PDF page of the person's case that the redaction matcher says
    names ``person`` (one hit per record, newest statements first), at most ``limit``."""
    limit = max(1, min(limit, MAX_LIMIT))
    match = candidate_query(person)
    if match is None:
        return []
    # Every person of the case, as redaction reads the text: a surname two people share
    # goes to the one redaction gives it (the closest spelling, then the first added).
    index = NameIndex(
        [
            ProtectedName(p.id, p.code, p.names)
            for p in list_persons(vault, person.case_id, include_retracted=True)
        ]
    )
    code, title = case_labels(vault).get(person.case_id, ("", ""))
    hits: dict[tuple[str, str], SearchHit] = {}
    for record_type, record_id, field, text in _candidates(vault, match, person.case_id):
        if (record_type, record_id) in hits:
            continue
        spans = _first_mentions(text, index, person.id)
        if not spans:
            continue
        hits[(record_type, record_id)] = SearchHit(
            record_type, record_id, person.case_id, field, snippet(text, spans), None,
            "person", code, title,
        )  # fmt: skip
        if len(hits) == limit:
            break
    return list(hits.values())


def search_with_mentions(
    vault: Vault, query: str, *, case_id: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[SearchHit]:
    """``search``, plus the mentions of every registered person (up to MAX_PERSONS) the
    query finds by name, alias or code: exact hits, then mentions, then other spellings;
    one hit per record, at most ``limit``. Refuses what ``search`` refuses."""
    limit = max(1, min(limit, MAX_LIMIT))
    hits = search(vault, query, case_id=case_id, limit=limit)
    persons = list(dict.fromkeys(h.record_id for h in hits if h.record_type == "person"))
    mentions: list[SearchHit] = []
    for person_id in persons[:MAX_PERSONS]:
        mentions += person_mentions(vault, get_person(vault, person_id), limit)
    exact = [h for h in hits if h.match == "exact"]
    ordered = exact + mentions + [h for h in hits if h.match != "exact"]
    merged: dict[tuple[str, str], SearchHit] = {}
    for hit in ordered:
        key = (hit.record_type, hit.record_id)
        merged.setdefault(key, hit)
    return list(merged.values())[:limit]
