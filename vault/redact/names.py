"""Finding protected people's names and aliases in a text, in any script and any case.

Every word of the folded text is looked up in a ``NameIndex`` (``name_index.py``: by
transliteration skeleton, with grammatical endings). Around those look-ups:

- A name word of three or more skeleton letters is a hit on its own: the surname alone
  and the given name alone both identify a person to someone who knows the village.
  Shorter words and particles (de, ibn, oğlu, ter) only count next to a real hit of the
  same person; so do short name words written in lower case (any, will, вера) or spelled
  like a frequent word (Any, May), which are more often the word than the name.
- Hits of one person separated only by spaces or light punctuation become one hit
  ("Davit Sargsyan", "Sargsyan, Davit", "DavitSargsyan", a name broken over two lines),
  and initials next to a name are taken with it ("D. Sargsyan", "Д. А. Саргсян",
  "Sargsyan D.").
- A word split by a line break, a hyphenated line break ("Sarg-\\nsyan"), a hyphen and
  spaces ("Sarg- syan", as PDF text extraction leaves it), one punctuation character
  ("Sarg.syan", "S-a-r-g-s-y-a-n") or spaced out ("S a r g s y a n") is also tried
  joined.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from vault.core.normalize import MappedText
from vault.redact.hits import Hit
from vault.redact.name_index import WORD, NameIndex, NameMatch, scripts_of

_LINE_BREAK_IN_WORD = re.compile(
    r"[ \t]*[-\u2010\u2011]?[ \t]*(?:\r\n|[\n\r\v\f\x85\u2028\u2029])[ \t]*|[-\u2010\u2011][ \t]+"
)
# Between parts of one person's name: spaces (one line break at most), a little
# punctuation ("Sargsyan, Davit", "Davit (Sargsyan)", "davit.sargsyan", "Ter-Petrosyan"),
# and at most one initial ("Davit A. Sargsyan") or patronymic ("Давит Арамович Саргсян",
# "Əli Vasif oğlu Məmmədov"): a father's name is as telling as one's own.
_SEPARATORS = r"[\s,.\-\u2010-\u2015_/·()«»\"“”„]*"
_PATRONYMIC = (
    r"[^\W\d_]+(?:ович|евич|ич|овна|евна|ична|івна|ївна|ovich|evich|ovych|evych|ovna|evna|ivna)"
    r"|[^\W\d_]+\s+(?:oğlu|oglu|ogly|qızı|qizi|kizi|kyzy|оглы|кызы)"
)
_NAME_PART_GAP = re.compile(
    rf"{_SEPARATORS}(?:(?:[^\W\d_]\.?|{_PATRONYMIC})(?![^\W\d_]){_SEPARATORS})?"
)
_PATRONYMIC_AFTER = re.compile(rf"[ \t]+(?:{_PATRONYMIC})(?![^\W\d_])")
_MAX_GAP_PUNCTUATION = 3
# One character between two pieces of what may be a single word ("Sarg.syan").
_GLUE = frozenset(".-_*·•/|+~:\u2010\u2011\u2022")
_MAX_PIECES = 12
# Short name words collide with common words (Ani/any, Vera/вера, Lev/лев): written in
# lower case they count on their own only from this many skeleton letters. Capitalized
# or in capitals, always (frequent words such as "Any" at the start of a sentence or
# "ANY" in a disclaimer are turned away by common_words.py).
_MIN_LOWER_CASE = 5


@dataclass(frozen=True)
class _Found:
    start: int  # offsets into the folded text
    end: int
    ranking: tuple[int, ...]  # candidate people, best first
    weak: bool


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _written_like_a_name(original: str, start: int, end: int, letters: int) -> bool:
    """Capitalized or in capitals, long enough in lower case, or in an uncased script."""
    word = original[start:end]
    if "georgian" in scripts_of(word):  # Mkhedruli is "lower case" but has no capitals
        return True
    cased = [c for c in word if c.isupper() or c.islower()]
    if not cased:
        return True
    return cased[0].isupper() or letters >= _MIN_LOWER_CASE


def _found(
    original: str, folded: MappedText, start: int, end: int, match: NameMatch | None
) -> _Found | None:
    if match is None:
        return None
    o_start, o_end = folded.original_span(start, end)
    weak = match.weak or not _written_like_a_name(original, o_start, o_end, match.letters)
    return _Found(start, end, match.ranking, weak)


def _camel_parts(original: str, folded: MappedText, start: int, end: int) -> list[tuple[int, int]]:
    """Split a folded word where the original goes from lower to upper case (DavitSargsyan)."""
    if original[folded.starts[start] + 1 : folded.ends[end - 1]].islower():
        return []  # no capital after the first letter: nothing to split (most words)
    cuts = [start]
    for k in range(start + 1, end):
        here, before = folded.starts[k], folded.starts[k - 1]
        if here != before and original[here].isupper() and original[before].islower():
            cuts.append(k)
    if len(cuts) == 1:
        return []
    cuts.append(end)
    return list(itertools.pairwise(cuts))


def _glued(text: str, words: list[tuple[int, int]], k: int) -> bool:
    """Whether words k and k+1 may be pieces of one word split to hide or by layout."""
    (start, end), (next_start, next_end) = words[k], words[k + 1]
    if _LINE_BREAK_IN_WORD.fullmatch(text, end, next_start):  # "Sarg-\nsyan"
        return True
    if next_start - end == 1 and text[end] in _GLUE:  # "Sarg.syan", "S-a-r-g-s-y-a-n"
        return True
    # "S a r g s y a n": single letters spaced out.
    return end - start == 1 and next_end - next_start == 1 and text[end:next_start] in (" ", ". ")


def _collect(original: str, folded: MappedText, index: NameIndex) -> list[_Found]:
    text = folded.text
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    found: list[_Found] = []
    for start, end in words:
        whole = _found(original, folded, start, end, index.lookup(text[start:end]))
        if whole is not None:
            found.append(whole)
            continue
        for part_start, part_end in _camel_parts(original, folded, start, end):
            part = index.lookup(text[part_start:part_end])
            part_found = _found(original, folded, part_start, part_end, part)
            if part_found is not None:
                found.append(part_found)
    # Runs of glued pieces: every stretch of two or more is also tried as one word.
    first = 0
    while first < len(words):
        last = first
        while last + 1 < len(words) and _glued(text, words, last):
            last += 1
        for i in range(first, last):
            for j in range(i + 1, min(last, i + _MAX_PIECES - 1) + 1):
                joined = index.lookup("".join(text[a:b] for a, b in words[i : j + 1]))
                if joined is not None and not joined.weak:
                    found.append(_Found(words[i][0], words[j][1], joined.ranking, False))
        first = last + 1
    found += _beside_sure_hits(original, folded, index, words, found)
    found.sort(key=lambda f: (f.start, -f.end))
    return found


def _beside_sure_hits(
    original: str,
    folded: MappedText,
    index: NameIndex,
    words: list[tuple[int, int]],
    found: list[_Found],
) -> list[_Found]:
    """Words right beside a sure hit that are a looser spelling of the same person's name.

    "Армен Оганесян": Armen is sure, and beside him Оганесян is two letters from
    Hovhannisyan, which alone would be too far to propose.
    """
    text = folded.text
    covered = {(f.start, f.end) for f in found}
    sure_ending = {f.end: f for f in found if not f.weak}
    sure_starting = {f.start: f for f in found if not f.weak}
    rescued: list[_Found] = []
    for k, (start, end) in enumerate(words):
        if (start, end) in covered:
            continue
        neighbours = []
        if k > 0 and words[k - 1][1] in sure_ending and _gap_joins(text, words[k - 1][1], start):
            neighbours.append(sure_ending[words[k - 1][1]])
        if (
            k + 1 < len(words)
            and words[k + 1][0] in sure_starting
            and _gap_joins(text, end, words[k + 1][0])
        ):
            neighbours.append(sure_starting[words[k + 1][0]])
        o_start, o_end = folded.original_span(start, end)
        if not neighbours or not _written_like_a_name(original, o_start, o_end, end - start):
            continue
        word = text[start:end]
        for person in (p for n in neighbours for p in n.ranking):
            if index.near(word, person):
                rescued.append(_Found(start, end, (person,), False))
                break
    return rescued


# A full stop (or !, ?, ;) right after a name word and then a space ends a sentence:
# "увели Эльвина Мамедова. Эльвину было 24" names him twice, and one span over both
# would swallow the sentence break. A full stop after an initial inside the gap
# ("Davit A. Sargsyan") is not one.
_SENTENCE_BREAK = re.compile(r"[.!?;…]\s")


def _gap_joins(text: str, start: int, end: int) -> bool:
    if start >= end:
        return True
    if not _NAME_PART_GAP.fullmatch(text, start, end):
        return False
    gap = text[start:end]
    if _SENTENCE_BREAK.match(gap):
        return False
    punctuation = sum(1 for c in gap if not c.isspace() and not _is_letter(c))
    return gap.count("\n") <= 1 and punctuation <= _MAX_GAP_PUNCTUATION


def _join_parts(text: str, found: list[_Found]) -> list[_Found]:
    """One hit per run of the same person's name parts; weak parts alone are dropped."""
    groups: list[tuple[_Found, bool]] = []
    for item in found:
        if groups:
            last, has_strong = groups[-1]
            overlap = item.start < last.end
            shared = [p for p in last.ranking if p in item.ranking]
            if shared and (overlap or _gap_joins(text, last.end, item.start)):
                end = max(last.end, item.end)
                groups[-1] = (
                    _Found(last.start, end, tuple(shared), False),
                    has_strong or not item.weak,
                )
                continue
            if overlap:  # different people claim overlapping words: keep the widest span
                end = max(last.end, item.end)
                groups[-1] = (
                    _Found(last.start, end, last.ranking, False),
                    has_strong or not item.weak,
                )
                continue
        groups.append((item, not item.weak))
    return [group for group, has_strong in groups if has_strong]


def _initial_before(text: str, start: int) -> int:
    k = start
    while k > 0 and start - k < 2 and text[k - 1] in " \t":
        k -= 1
    initial = k >= 2 and text[k - 1] == "." and _is_letter(text[k - 2])
    if initial and (k == 2 or not _is_letter(text[k - 3])):
        return k - 2
    return start


def _initial_after(text: str, end: int, first: bool) -> int:
    k = end
    while k < len(text) and k - end < 2 and text[k] in " \t":
        k += 1
    if first and k == end:  # "Sargsyan D." needs the space; "D.A." continues without
        return end
    initial = k + 1 < len(text) and _is_letter(text[k]) and text[k + 1] == "."
    if initial and (k + 2 == len(text) or not _is_letter(text[k + 2])):
        return k + 2
    return end


def _with_initials(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened over initials before or after it and a patronymic after it."""
    for _ in range(3):
        moved = _initial_before(text, start)
        if moved == start:
            break
        start = moved
    for count in range(3):
        moved = _initial_after(text, end, first=count == 0)
        if moved == end:
            break
        end = moved
    patronymic = _PATRONYMIC_AFTER.match(text, end)
    if patronymic is not None:
        end = patronymic.end()
    return start, end


def find_names(original: str, folded: MappedText, index: NameIndex) -> list[Hit]:
    """Hits for every protected name in ``original`` (``folded`` is its name folding).

    Hits are sorted and do not overlap one another. Each is the person's code, reason
    ``identity``, kind ``name``. When several protected people fit (two Sargsyans), the
    closest spelling wins, then the person listed first in ``protected``; a reviewer
    sees the proposal either way.
    """
    text = folded.text
    hits: list[Hit] = []
    for group in _join_parts(text, _collect(original, folded, index)):
        start, end = _with_initials(text, group.start, group.end)
        person = index.protected[group.ranking[0]]
        o_start, o_end = folded.original_span(start, end)
        hits.append(
            Hit(
                o_start,
                o_end,
                original[o_start:o_end],
                "identity",
                person.code,
                person.person_ref,
                "name",
            )
        )
    return hits
