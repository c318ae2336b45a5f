"""Huge statements (up to 32 MiB): read a window at a time, with the answers of a whole read.

The timings and memory on 4 and 30 MB are in bench/huge_statement.py; here, that the
windowed reading finds what reading the text whole finds, and that search snippets of
a huge text still show the match.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import random
import re

import pytest

from vault.core.normalize import fold
from vault.core.persons import add_person
from vault.core.search import search
from vault.core.search_snippets import BIG_TEXT_CHARS, ELLIPSIS
from vault.core.statements import StatementDraft, add_statement
from vault.core.text_windows import windows
from vault.core.vault import Vault
from vault.redact import ProtectedName, detect
from vault.redact.detect import merge_overlapping
from vault.redact.mentions import person_mentions
from vault.redact.name_index import NameIndex
from vault.redact.names import find_names
from vault.redact.patterns import find_patterns

_FILLER = [
    *["the", "guards", "came", "at", "night", "and", "took", "us", "to", "the", "yard"],
    *["где", "нас", "били", "охранники", "մեզ", "տարան", "բակ", "և", "ծեծեցին"],
    *["we", "waited", "until", "morning", "without", "water"],
]


def _prose(rng: random.Random, words: int, extra: list[str]) -> str:
    out = [rng.choice(_FILLER) for _ in range(words)]
    for word in extra:
        out.insert(rng.randrange(len(out)), word)
    lines = [" ".join(out[i : i + 14]) for i in range(0, len(out), 14)]
    return "\n".join(lines) + "\n"


def test_windows_cover_the_text_once_and_cut_at_white_space() -> None:
    text = _prose(random.Random(1), 20_000, [])
    parts = list(windows(text, size=5000, overlap=300))
    assert len(parts) > 10
    assert parts[0].start == 0 and parts[-1].end == len(text)
    for before, after in itertools.pairwise(parts):
        assert before.end == after.start
        assert text[after.start - 1].isspace()  # no word is cut in two
        assert after.lo <= after.start - 300 and before.hi >= before.end + 300
    assert list(windows("short text")) == [(0, 0, 10, 10)]


def test_detection_in_windows_finds_what_a_whole_reading_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(7)
    names = ["Davit Sargsyan", "Д. Саргсяна", "Սարգսյանը", "Hayk Grigoryan", "Айк Григорян"]
    phones = [f"+374 91 {rng.randrange(100, 999)} {rng.randrange(100, 999)}" for _ in range(40)]
    text = _prose(rng, 12_000, [rng.choice(names) for _ in range(150)] + phones)
    protected = [
        ProtectedName("p1", "W-001", ("Davit Sargsyan", "Давит Саргсян", "Դավիթ Սարգսյան")),
        ProtectedName("p2", "V-001", ("Hayk Grigoryan", "Айк Григорян")),
    ]
    index = NameIndex(protected)
    whole = find_names(text, fold(text, for_names=True), index)
    whole += find_patterns(text, fold(text, for_names=False), ("AM",))
    expected = merge_overlapping(text, whole)
    assert sum(h.kind == "name" for h in expected) >= 140
    small = functools.partial(windows, size=4000, overlap=400)
    monkeypatch.setattr(importlib.import_module("vault.redact.detect"), "windows", small)
    assert len(list(small(text))) > 15
    assert detect(text, protected, ("AM",)) == expected


def test_search_of_a_huge_statement_shows_the_first_match_in_context(
    vault: Vault, case_id: str
) -> None:
    rng = random.Random(3)
    witness = add_person(vault, case_id, "Davit Sargsyan", "witness", ["Давит Саргсян"])
    head = _prose(rng, 30_000, [])
    assert len(head) > BIG_TEXT_CHARS
    tail = _prose(rng, 3000, ["Zanazarian", "Şəki", "Саргсяна"] + ["the"] * 50)
    statement = add_statement(vault, case_id, StatementDraft(witness.id, head + tail))

    (hit,) = search(vault, "Zanazarian")
    assert (hit.record_id, hit.field, hit.match) == (statement.id, "body", "exact")
    assert "«Zanazarian»" in hit.snippet and hit.snippet.startswith(ELLIPSIS)
    assert len(hit.snippet) < 400
    (common,) = search(vault, "guards")  # thousands of matches: the first one shown
    assert common.snippet.count("«guards»") >= 1 and len(common.snippet) < 400
    (folded,) = search(vault, "seki")  # another spelling, found in the folded index
    assert folded.match == "folded" and "«Şəki»" in folded.snippet

    (mention,) = person_mentions(vault, witness)
    assert mention.record_id == statement.id and "«Саргсяна»" in mention.snippet


def test_folding_runs_whole_gives_what_folding_cluster_by_cluster_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(11)
    alphabet = (
        "aAzZ'’`´ԱաևЁёİıßẞΣσςﬁＡ\u0301\u0308\u200b\u200d\u202e ,.-\nŞəÇğ0123ΩᲐაʼ"
        + "".join(chr(c) for c in range(0xC0, 0x250))
        + "".join(chr(c) for c in range(0x370, 0x530))
        + "".join(chr(c) for c in range(0x10A0, 0x1100))
    )
    text = "".join(rng.choice(alphabet) for _ in range(20_000)) + _prose(rng, 2000, [])
    whole = {names: fold(text, for_names=names) for names in (True, False)}
    normalize = importlib.import_module("vault.core.normalize")
    monkeypatch.setattr(normalize, "_PLAIN_RUN", re.compile("(?!)"))  # never a run
    for names, folded in whole.items():
        slow = fold(text, for_names=names)
        assert (folded.text, folded.starts, folded.ends) == (slow.text, slow.starts, slow.ends)
