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
# Short name words collide with common words (Ani/any, Will, Vera/вера, Marta/марта):
# written in lower case they count on their own only from this many letters, and in
# capitals only from _MIN_CAPITALS (ANY, MAY in a disclaimer). Capitalized, always.
_MIN_LOWER_CASE = 6
_MIN_CAPITALS = 4
_MAX_ENDING = 6

# Endings in skeleton spelling (see skeleton.py: y -> i, h dropped, ye -> e...).
_ENDINGS = frozenset(
    {
        "",
        # Russian and Ukrainian nouns and adjectives.
        *_split("a u om em e i ov ev am ami iu ie im imi oi oiu ei eiu"),
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
# Endings that replace a name's final vowel, in the one script whose grammar does that:
# Russian Анна -> Анны, Анне, Анну, Анной; Шевченко -> Шевченка; Georgian ბერიძე ->
# ბერიძის, ბერიძით. Restricted to that script so English "Lena" does not find "lens".
_VOWEL_REPLACING_ENDINGS = {
    ("cyrillic", "a"): frozenset(_split("i e u oi oiu ei eiu iu ie")),
    ("cyrillic", "o"): frozenset(_split("a u om ovi e i")),
    ("cyrillic", "i"): frozenset(_split("ogo omu im om oi aia uiu oe ie")),
    ("georgian", "e"): frozenset(_split("is it")),
    ("georgian", "i"): frozenset(_split("is it ma")),
}
_SCRIPT_RANGES = {
    "cyrillic": (("\u0400", "\u052f"),),
    "georgian": (("\u10a0", "\u10ff"), ("\u1c90", "\u1cbf")),
}
# Place names of the region that are a name plus an ending (Armen + -ia, Georgi + -a):
# spelled exactly so, they are the place. Folded spellings, not skeletons, so that the
# name's own forms (Георгия, the genitive of Георгий) still match.
_PLACES = frozenset(_split("armenia armenien arménie армении армению georgia géorgie georgien"))
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
    script: str | None  # the text word must be written in this script


@dataclass(frozen=True)
class _Match:
    persons: frozenset[int]
    weak: bool  # only short words or particles of the name matched
    letters: int  # skeleton letters of the longest name word that matched strongly


@dataclass
class _Found:
    start: int  # offsets into the folded text
    end: int
    persons: frozenset[int]
    weak: bool


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _scripts(word: str) -> set[str]:
    return {
        script
        for script, ranges in _SCRIPT_RANGES.items()
        if any(low <= c <= high for c in word for low, high in ranges)
    }


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
        self._memo: dict[str, _Match | None] = {}
        for person, entry in enumerate(self.protected):
            for name in entry.names:
                for word in _WORD.findall(fold(name, for_names=True).text):
                    for skeleton in skeletons(word):
                        self._add(person, skeleton)

    def _add(self, person: int, skeleton: str) -> None:
        weak = len(skeleton) < _MIN_STRONG or skeleton in _PARTICLES
        self._strict.setdefault(skeleton, []).append(_Entry(person, weak, _ENDINGS, None))
        if weak:
            return
        if len(skeleton) >= _MIN_LOOSE:
            self._loose.setdefault(loose(skeleton), []).append(
                _Entry(person, False, _ENDINGS, None)
            )
        for (script, vowel), endings in _VOWEL_REPLACING_ENDINGS.items():
            if skeleton.endswith(vowel):
                self._strict.setdefault(skeleton[:-1], []).append(
                    _Entry(person, False, endings, script)
                )

    def lookup(self, word: str) -> _Match | None:
        """Which people a folded text word names, and how surely; None for nobody."""
        if word in self._memo:
            return self._memo[word]
        scripts = _scripts(word)
        strong: set[int] = set()
        weak: set[int] = set()
        longest = 0
        for variant in skeletons(word):
            for cut in range(len(variant), max(0, len(variant) - _MAX_ENDING - 1), -1):
                if cut < 1:
                    break
                stem, suffix = variant[:cut], variant[cut:]
                for entry in self._strict.get(stem, ()):
                    if entry.script is not None and entry.script not in scripts:
                        continue
                    if _ending_ok(stem, suffix, entry.endings):
                        (weak if entry.weak else strong).add(entry.person)
                        longest = max(longest, 0 if entry.weak else cut)
                if cut >= _MIN_LOOSE:
                    for entry in self._loose.get(loose(stem), ()):
                        if _ending_ok(stem, suffix, entry.endings):
                            strong.add(entry.person)
                            longest = max(longest, cut)
        if word in _PLACES:
            weak |= strong
            strong = set()
        found: _Match | None = None
        if strong:
            found = _Match(frozenset(strong), False, longest)
        elif weak:
            found = _Match(frozenset(weak), True, 0)
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


def _written_like_a_name(
    original: str, folded: MappedText, start: int, end: int, letters: int
) -> bool:
    """Capitalized, or long enough for its case (see _MIN_LOWER_CASE), or uncased script."""
    o_start, o_end = folded.original_span(start, end)
    cased = [c for c in original[o_start:o_end] if c.isupper() or c.islower()]
    if not cased:  # Georgian, Arabic script: no capitals to go by
        return True
    if not cased[0].isupper():
        return letters >= _MIN_LOWER_CASE
    if all(c.isupper() for c in cased):
        return letters >= _MIN_CAPITALS
    return True


def _found(
    original: str, folded: MappedText, start: int, end: int, match: _Match | None
) -> _Found | None:
    if match is None:
        return None
    weak = match.weak or not _written_like_a_name(original, folded, start, end, match.letters)
    return _Found(start, end, match.persons, weak)


def _collect(original: str, folded: MappedText, index: NameIndex) -> list[_Found]:
    text = folded.text
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
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
    for (start, end), (next_start, next_end) in itertools.pairwise(words):
        if _LINE_BREAK_IN_WORD.fullmatch(text, end, next_start):
            joined = index.lookup(text[start:end] + text[next_start:next_end])
            if joined is not None and not joined.weak:
                found.append(_Found(start, next_end, joined.persons, False))
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
