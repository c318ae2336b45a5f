"""Finding protected people's names and aliases in a text, in any script and any case.

Every name in the registry is split into words; every word of the text is compared with
them by transliteration skeleton (``skeleton.py``), so a name written in Armenian is found
in Russian or Latin and the other way round. A text word matches a name word when it is
that word plus, optionally, a grammatical ending: Russian and Ukrainian cases (Саргсяна,
Саргсяну, Саргсяном), Armenian cases and articles (Սարգսյանը, Սարգսյանի, Սարգսյանին,
Սարգսյանից, Սարգսյանով), Azerbaijani and Turkish suffixes (Əliyevin, Sargsyan'ın), an
English possessive (Sargsian's). Russian names ending in -a/-я/-o also match with that
vowel replaced (Анна -> Анну, Анной), in Cyrillic words only, where that grammar lives.

Each name word of three or more skeleton letters is a hit on its own: the surname alone
and the given name alone both identify a person to someone who knows the village. Shorter
words and particles (de, ibn, oğlu, ter) only count next to a real hit of the same person.
Hits of one person separated only by spaces or light punctuation become one hit
("Davit Sargsyan", "Sargsyan, Davit", "DavitSargsyan", a name broken over two lines), and
initials next to a name are taken with it ("D. Sargsyan", "Д. А. Саргсян", "Sargsyan D.").
A word split by a line break or a hyphenated line break ("Sarg-\\nsyan") is also tried
joined.

A text word must match as a whole: "Ani" is not found in "Anita" or "Manila".
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from vault.redact.hits import Hit, ProtectedName
from vault.redact.normalize import MappedText, fold
from vault.redact.skeleton import loose, skeletons

_WORD = re.compile(r"[^\W\d_]+")
# Between the two halves of a word broken at the end of a line (with or without a hyphen),
# or after a hyphen followed by spaces ("Sarg- syan", as PDF text extraction leaves it).
_LINE_BREAK_IN_WORD = re.compile(
    r"[ \t]*[-\u2010\u2011]?[ \t]*(?:\r\n|[\n\r\v\f\x85\u2028\u2029])[ \t]*|[-\u2010\u2011][ \t]+"
)
# Between parts of one person's name: spaces (one line break at most) and a little
# punctuation ("Sargsyan, Davit", "Davit (Sargsyan)", "davit.sargsyan", "Ter-Petrosyan").
_NAME_PART_GAP = re.compile(r"[\s,.\-\u2010-\u2015_/·()«»\"“”„]*")
_MAX_GAP_PUNCTUATION = 3


def _split(words: str) -> list[str]:
    return words.split()


_MIN_STRONG = 3  # skeleton letters a name word needs to count on its own
_MIN_LOOSE = 5  # and to be matched with voiced/voiceless consonants merged
_MAX_ENDING = 6

# Endings in skeleton spelling (see skeleton.py: y -> i, h dropped, ye -> e...).
_ENDINGS = frozenset(
    {
        "",
        # Russian and Ukrainian nouns and adjectives.
        *_split("a u om em e i ov ev am ami ia iu ie im imi oi oiu ei eiu"),
        *_split("ogo ego omu emu aia uiu oe ovi evi"),
        # Armenian: ը/ի, ն, ին, ից, ով, ում, plural -ներ..., family -ենց.
        *_split("n in its um ner neri nerin nerits nerov nerum ents"),
        # English possessive and plural.
        "s",
        "es",
        # Azerbaijani and Turkish (vowel harmony is already collapsed by the skeleton).
        *_split("nin un nun ni nu da de dan den la le ila ile lar ler larin lerin gil"),
        # Georgian.
        *_split("is ma it"),
    }
)
# Russian endings that replace a name's final vowel: Анна -> Анны, Анне, Анну, Анной.
_VOWEL_REPLACING_ENDINGS = {
    "a": frozenset(_split("i e u oi oiu ei eiu iu ie")),
    "o": frozenset(_split("a u om ovi e i")),
    "i": frozenset(_split("ogo omu im om oi aia uiu oe ie")),
}
_PARTICLES = frozenset(
    s
    for word in _split(
        "de da di del della van von der den ter bin ibn bint al el ul abu "
        "oglu oğlu ogly оглы qizi qızı kizi kyzy кызы bey bek khan xan zade заде"
    )
    for s in skeletons(word)
)


@dataclass(frozen=True)
class _Entry:
    person: int
    weak: bool
    endings: frozenset[str]
    cyrillic_only: bool


@dataclass
class _Found:
    start: int  # offsets into the folded text
    end: int
    persons: frozenset[int]
    weak: bool


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _has_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u052f" for c in word)


def _ending_ok(stem: str, suffix: str, endings: frozenset[str]) -> bool:
    # Skeletons collapse doubled letters, so "Sargsyan" + "ner" arrives as "...aner".
    return suffix in endings or (bool(suffix) and stem[-1] + suffix in endings)


class NameIndex:
    """The skeletons of every name word of the protected people, ready for look-ups.

    Build it once per list of protected people; ``lookup`` remembers its answers.
    """

    def __init__(self, protected: Sequence[ProtectedName]) -> None:
        self.protected = tuple(protected)
        self._strict: dict[str, list[_Entry]] = {}
        self._loose: dict[str, list[_Entry]] = {}
        self._memo: dict[str, tuple[frozenset[int], bool] | None] = {}
        for person, entry in enumerate(self.protected):
            for name in entry.names:
                for word in _WORD.findall(fold(name, for_names=True).text):
                    for skeleton in skeletons(word):
                        self._add(person, skeleton)

    def _add(self, person: int, skeleton: str) -> None:
        weak = len(skeleton) < _MIN_STRONG or skeleton in _PARTICLES
        self._strict.setdefault(skeleton, []).append(_Entry(person, weak, _ENDINGS, False))
        if not weak and len(skeleton) >= _MIN_LOOSE:
            self._loose.setdefault(loose(skeleton), []).append(
                _Entry(person, False, _ENDINGS, False)
            )
        replacing = _VOWEL_REPLACING_ENDINGS.get(skeleton[-1])
        if replacing and not weak:
            stem = skeleton[:-1]
            self._strict.setdefault(stem, []).append(_Entry(person, False, replacing, True))

    def lookup(self, word: str) -> tuple[frozenset[int], bool] | None:
        """Which people a folded text word names, and whether only weakly; or None."""
        if word in self._memo:
            return self._memo[word]
        cyrillic = _has_cyrillic(word)
        strong: set[int] = set()
        weak: set[int] = set()
        for variant in skeletons(word):
            for cut in range(len(variant), max(0, len(variant) - _MAX_ENDING - 1), -1):
                if cut < 1:
                    break
                stem, suffix = variant[:cut], variant[cut:]
                for entry in self._strict.get(stem, ()):
                    if entry.cyrillic_only and not cyrillic:
                        continue
                    if _ending_ok(stem, suffix, entry.endings):
                        (weak if entry.weak else strong).add(entry.person)
                if cut >= _MIN_LOOSE:
                    for entry in self._loose.get(loose(stem), ()):
                        if _ending_ok(stem, suffix, entry.endings):
                            strong.add(entry.person)
        found = (frozenset(strong), False) if strong else (frozenset(weak), True) if weak else None
        self._memo[word] = found
        return found


def _camel_parts(original: str, folded: MappedText, start: int, end: int) -> list[tuple[int, int]]:
    """Split a folded word where the original goes from lower to upper case (DavitSargsyan)."""
    cuts = [start]
    for k in range(start + 1, end):
        here, before = folded.starts[k], folded.starts[k - 1]
        if here != before and original[here].isupper() and original[before].islower():
            cuts.append(k)
    if len(cuts) == 1:
        return []
    cuts.append(end)
    return list(itertools.pairwise(cuts))


def _collect(original: str, folded: MappedText, index: NameIndex) -> list[_Found]:
    text = folded.text
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    found: list[_Found] = []
    for start, end in words:
        result = index.lookup(text[start:end])
        if result is not None:
            found.append(_Found(start, end, result[0], result[1]))
            continue
        for part_start, part_end in _camel_parts(original, folded, start, end):
            part = index.lookup(text[part_start:part_end])
            if part is not None:
                found.append(_Found(part_start, part_end, part[0], part[1]))
    for (start, end), (next_start, next_end) in itertools.pairwise(words):
        if _LINE_BREAK_IN_WORD.fullmatch(text, end, next_start):
            joined = index.lookup(text[start:end] + text[next_start:next_end])
            if joined is not None and not joined[1]:
                found.append(_Found(start, next_end, joined[0], False))
    found.sort(key=lambda f: (f.start, -f.end))
    return found


def _gap_joins(text: str, start: int, end: int) -> bool:
    if start >= end:
        return True
    if not _NAME_PART_GAP.fullmatch(text, start, end):
        return False
    gap = text[start:end]
    visible = sum(1 for c in gap if not c.isspace())
    return gap.count("\n") <= 1 and visible <= _MAX_GAP_PUNCTUATION


def _join_parts(text: str, found: list[_Found]) -> list[_Found]:
    """One hit per run of the same person's name parts; weak parts alone are dropped."""
    groups: list[tuple[_Found, bool]] = []
    for item in found:
        if groups:
            last, has_strong = groups[-1]
            overlap = item.start < last.end
            shared = last.persons & item.persons
            if shared and (overlap or _gap_joins(text, last.end, item.start)):
                merged = _Found(last.start, max(last.end, item.end), shared, False)
                groups[-1] = (merged, has_strong or not item.weak)
                continue
            if overlap:  # different people claim overlapping words: keep both, widest span
                merged = _Found(last.start, max(last.end, item.end), last.persons, False)
                groups[-1] = (merged, has_strong or not item.weak)
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
    return start, end


def find_names(original: str, folded: MappedText, index: NameIndex) -> list[Hit]:
    """Hits for every protected name in ``original`` (``folded`` is its name folding).

    Hits are sorted and do not overlap one another. Each is the person's code, reason
    ``identity``, kind ``name``; when several protected people share the matched name
    (two Sargsyans), the one listed first in ``protected`` is named.
    """
    text = folded.text
    hits: list[Hit] = []
    for group in _join_parts(text, _collect(original, folded, index)):
        start, end = _with_initials(text, group.start, group.end)
        person = index.protected[min(group.persons)]
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
