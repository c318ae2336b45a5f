"""The protected names, by skeleton, and the look-up of one text word against them.

A text word names a protected person when its skeleton (``skeleton.py``) is one of the
person's name words plus an allowed grammatical ending: Russian and Ukrainian cases
(Саргсяна, Саргсяну, Саргсяном), Armenian cases and articles (Սարգսյանը, Սարգսյանի,
Սարգսյանին, Սարգսյանից, Սարգսյանով), Azerbaijani and Turkish suffixes (Əliyevin,
Sargsyan'ın), an English possessive (Sargsian's). Russian names ending in -a/-я/-o and
Georgian ones in -ე/-ი also match with that vowel replaced (Анна -> Анну, Анной;
ბერიძე -> ბერიძის), in words of that script only, where that grammar lives. Long name
words (five skeleton letters or more) also match with voiced and voiceless consonants
merged (``skeleton.loose``: Krikorian = Grigoryan), and longer ones (seven) one letter
added, dropped or changed, which covers Russian and Western spellings that write the
Armenian unwritten vowel (Саркисян, Sarkissian = Sargsyan) and ordinary typos. Words in
Arabic script (Persian) are compared by their consonants.

A word must match whole, as name plus ending: "Ani" is not in "Anita", which would need
an ending "ta". The Russian genitive plural (-ов/-ев: у Саргсянов) follows only a name
word ending in n, so that a surname made from a given name (Məmmədov, Əliyev) is not
taken for that given name's case form.

Each name word also predicts short forms (``short_names.py``: Ruzanna -> Ruzan,
Aleksandr -> Саша, Hovhannes -> Hovo). Those are matched exactly (with endings, no loose
or fuzzy spelling), rank below the name itself, and count only when written with a
capital and not spelled like a frequent word (``common_words.SHORT_FORM_COLLISIONS``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from vault.core.normalize import fold
from vault.core.skeleton import consonants, loose, skeletons
from vault.redact.common_words import COMMON_WORDS, SHORT_FORM_COLLISIONS
from vault.redact.hits import ProtectedName
from vault.redact.short_names import short_forms

WORD = re.compile(r"[^\W\d_]+")
MIN_STRONG = 3  # skeleton letters a name word needs to count on its own
_MIN_LOOSE = 5  # and to be matched with voiced/voiceless consonants merged
_MIN_FUZZY = 7  # and to be matched one letter added, dropped or changed
_MAX_ENDING = 6
# Beside a sure hit of the same person, a word this long may be further off (near).
_MIN_NEAR = 4
# Words in Arabic script (Persian) are compared by consonants, as the script writes
# few vowels: this many make a sure hit, fewer only count beside one (Davit = "tvt").
_MIN_CONSONANTS = 4


def _split(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Endings in skeleton spelling (see skeleton.py: y -> i, h dropped, ye -> e...). No "ia":
# it would make Armenia the name Armen.
_ENDINGS = frozenset(
    {""}
    # Russian and Ukrainian nouns and adjectives.
    | _split("a u om em e i ov ev am ami iu ie im imi oi oiu ei eiu ogo ego omu emu aia uiu")
    | _split("oe ovi evi")
    # Armenian: ը/ի, ն, ին, ից, ով, ում, plural -ներ..., family -ենց.
    | _split("n in its um ner neri nerin nerits nerov nerum ents")
    # English possessive and plural.
    | _split("s es")
    # Azerbaijani and Turkish (vowel harmony is already collapsed by the skeleton).
    | _split("nin un nun ni nu da de dan den la le ila ile lar ler larin lerin gil")
    # Georgian.
    | _split("is ma it")
)
# Endings that replace the end of a name, in the one script whose grammar does that:
# (script, what the name word must end with, how much of it goes, the endings).
_REPLACING_ENDINGS = (
    ("cyrillic", "a", 1, _split("i e u oi oiu ei eiu iu ie")),  # Анна -> Анну, Анной
    ("cyrillic", "ia", 2, _split("i e ei eiu ie")),  # Мария -> Марии, Катя -> Кати, Катей
    ("cyrillic", "o", 1, _split("a u om ovi e i")),  # Шевченко -> Шевченка
    ("cyrillic", "ki", 1, _split("ogo omu im om oi aia uiu oe ie")),  # -ский -> -ского
    ("georgian", "e", 1, _split("is it")),  # ბერიძე -> ბერიძის
    ("georgian", "i", 1, _split("is it ma")),
)
_SCRIPT_RANGES = {
    "arabic": (("\u0600", "\u06ff"), ("\u0750", "\u077f"), ("\u08a0", "\u08ff")),
    "cyrillic": (("\u0400", "\u052f"),),
    "georgian": (("\u10a0", "\u10ff"), ("\u1c90", "\u1cbf"), ("\u2d00", "\u2d2f")),
}
# Place names of the region that are a name plus an ending (Armen + -i, Georgi + -a):
# spelled exactly so, they are the place. Folded spellings, not skeletons, so that the
# name's own forms (Георгия, the genitive of Георгий) still match.
_PLACES = _split(
    "armenia armenien arménie армении армению georgia géorgie georgien goris горис գորիս "
    "niger нигер"
)
_PARTICLES = frozenset(
    s
    for word in _split(
        "de da di del della van von der den ter bin ibn bint al el ul abu oglu oğlu "
        "ogly оглы qizi qızı kizi kyzy кызы bey bek khan xan zade заде"
    )
    for s in skeletons(word)
)


@dataclass(frozen=True)
class _Entry:
    person: int
    weak: bool
    endings: frozenset[str]
    script: str | None  # the text word must be written in this script
    exact: bool  # the name word itself, not a shortened stem
    derived: bool = False  # a short form the name predicts (short_names.py), not the name


@dataclass(frozen=True)
class NameMatch:
    """Who a text word may name, best candidate first."""

    ranking: tuple[int, ...]  # indexes into the protected list
    weak: bool  # only short name words, particles or common words matched
    # Skeleton letters of the longest name word that matched strongly; 0 when only
    # short forms matched (those count only when written with a capital).
    letters: int


def scripts_of(word: str) -> set[str]:
    """The scripts among ``_SCRIPT_RANGES`` that ``word`` has letters of."""
    return {
        script
        for script, ranges in _SCRIPT_RANGES.items()
        if any(low <= c <= high for c in word for low, high in ranges)
    }


# The Russian genitive plural (у Саргсянов, the Sargsyans') only after a surname in -n:
# after a given name it would make Məmmədov, Əliyev and Petrov forms of Məmməd, Əli and
# Petr, and those surnames are as often other people's (a perpetrator's) as theirs.
_PLURAL_ENDINGS = frozenset({"ov", "ev", "ovi", "evi"})


def _ending_ok(stem: str, suffix: str, endings: frozenset[str]) -> bool:
    if suffix in endings:
        return suffix not in _PLURAL_ENDINGS or stem.endswith("n")
    # Skeletons collapse doubled letters, so "Sargsyan" + "ner" arrives as "...aner".
    collapsed = stem[-1] + suffix if suffix else ""
    return collapsed in endings and collapsed not in _PLURAL_ENDINGS


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is beyond limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _one_deleted(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def _one_edit(a: str, b: str) -> bool:
    """At most one letter added, dropped, changed, or two neighbours swapped."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    if len(a) > len(b):
        return any(a[:i] + a[i + 1 :] == b for i in range(len(a)))
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) <= 1:
        return True
    first, second = diff[0], diff[-1]
    return (
        len(diff) == 2 and second == first + 1 and a[first] == b[second] and a[second] == b[first]
    )


# How sure a match is, best first; ties go to the longer stem.
_EXACT, _REPLACED_ENDING, _LOOSE, _FUZZY, _SHORT_FORM = 4, 3, 2, 1, 0


class NameIndex:
    """The skeletons of every name word of the protected people, ready for look-ups.

    Build it once per list of protected people; ``lookup`` remembers its answers. Each
    name is indexed word by word and, for names run together ("TerPetrosyan",
    "davitsargsyan"), each pair of neighbouring words joined.
    """

    def __init__(self, protected: Sequence[ProtectedName]) -> None:
        self.protected = tuple(protected)
        self._strict: dict[str, list[_Entry]] = {}
        self._loose: dict[str, list[_Entry]] = {}
        self._fuzzy: dict[str, set[tuple[int, str]]] = {}
        self._person_keys: dict[int, set[str]] = {}
        self._abjad: dict[str, set[int]] = {}
        self._memo: dict[str, NameMatch | None] = {}
        for person, entry in enumerate(self.protected):
            for name in entry.names:
                words = WORD.findall(fold(name, for_names=True).text)
                joined = [a + b for a, b in itertools.pairwise(words)]
                for word in words + joined:
                    for skeleton in skeletons(word):
                        self._add(person, skeleton)
                for word in words:
                    for form in short_forms(word):
                        self._add_short_form(person, form)
        # First two letters of every stem: most text words are turned away on these.
        self._heads = {stem[:2] for stem in self._strict}
        self._loose_heads = {stem[:2] for stem in self._loose}

    def _add(self, person: int, skeleton: str) -> None:
        weak = len(skeleton) < MIN_STRONG or skeleton in _PARTICLES
        self._strict.setdefault(skeleton, []).append(_Entry(person, weak, _ENDINGS, None, True))
        if weak:
            return
        if len(skeleton) >= _MIN_NEAR:
            self._person_keys.setdefault(person, set()).add(loose(skeleton))
        if len(consonants(skeleton)) >= MIN_STRONG:
            self._abjad.setdefault(consonants(skeleton), set()).add(person)
        if len(skeleton) >= _MIN_LOOSE:
            key = loose(skeleton)
            self._loose.setdefault(key, []).append(_Entry(person, False, _ENDINGS, None, True))
            if len(key) >= _MIN_FUZZY:
                for fuzzy_key in {key} | _one_deleted(key):
                    self._fuzzy.setdefault(fuzzy_key, set()).add((person, key))
        for script, tail, drop, endings in _REPLACING_ENDINGS:
            if skeleton.endswith(tail):
                self._strict.setdefault(skeleton[:-drop], []).append(
                    _Entry(person, False, endings, script, False)
                )

    def _add_short_form(self, person: int, form: str) -> None:
        # Exact only: a short form is a weaker clue than the name, so it gets no loose
        # or fuzzy spellings (Шашка is not Сашка) and never counts as a sure neighbour
        # for ``near``. Russian declines the -a/-я forms (Саши, Катей) but not the
        # Armenian -o ones (Hovo is not Хова; Samo would make Сама a name).
        if form in _PARTICLES:
            return
        self._strict.setdefault(form, []).append(
            _Entry(person, False, _ENDINGS, None, True, derived=True)
        )
        for script, tail, drop, endings in _REPLACING_ENDINGS:
            if tail == "o":
                continue
            if form.endswith(tail) and len(form) - drop >= MIN_STRONG:
                self._strict.setdefault(form[:-drop], []).append(
                    _Entry(person, False, endings, script, False, derived=True)
                )

    def _exact_or_loose(
        self, variant: str, scripts: set[str], best: dict[int, tuple[int, int]], weak: set[int]
    ) -> None:
        strict = variant[:2] in self._heads or variant[:1] in self._heads
        loosely = loose(variant)[:2] in self._loose_heads
        if not (strict or loosely):
            return
        for cut in range(len(variant), max(0, len(variant) - _MAX_ENDING - 1), -1):
            stem, suffix = variant[:cut], variant[cut:]
            for entry in self._strict.get(stem, ()) if strict else ():
                if entry.script is not None and entry.script not in scripts:
                    continue
                if _ending_ok(stem, suffix, entry.endings):
                    if entry.weak:
                        weak.add(entry.person)
                    else:
                        sure = _EXACT if entry.exact else _REPLACED_ENDING
                        score = (_SHORT_FORM if entry.derived else sure, cut)
                        best[entry.person] = max(best.get(entry.person, score), score)
            if loosely and cut >= _MIN_LOOSE:
                for entry in self._loose.get(loose(stem), ()):
                    if _ending_ok(stem, suffix, entry.endings):
                        score = (_SHORT_FORM if entry.derived else _LOOSE, cut)
                        best[entry.person] = max(best.get(entry.person, score), score)

    def _one_edit_away(self, variant: str, best: dict[int, tuple[int, int]]) -> None:
        # Symmetric deletion: a stem one letter added, dropped or changed from a long
        # name word shares a key with it (Саркисян = Sargsyan, typos such as Sargysan).
        for cut in range(len(variant), max(0, len(variant) - _MAX_ENDING - 1), -1):
            stem, suffix = variant[:cut], variant[cut:]
            if cut < _MIN_FUZZY - 1 or not _ending_ok(stem, suffix, _ENDINGS):
                continue
            key = loose(stem)
            for fuzzy_key in {key} | _one_deleted(key):
                for person, name_key in self._fuzzy.get(fuzzy_key, ()):
                    if _one_edit(key, name_key):
                        score = (_FUZZY, cut)
                        best[person] = max(best.get(person, score), score)

    def near(self, word: str, person: int) -> bool:
        """Whether ``word`` may be a looser spelling of one of ``person``'s name words.

        Only for a word right beside a sure hit of that person ("Армен Оганесян" for
        Armen Hovhannisyan, "Ruzan Tsarukian" for Ruzanna): up to one edit from a name
        word of four to five letters, two from a longer one, after an allowed ending.
        """
        keys = self._person_keys.get(person, set())
        for variant in skeletons(word):
            for cut in range(len(variant), max(0, len(variant) - _MAX_ENDING - 1), -1):
                stem, suffix = variant[:cut], variant[cut:]
                if cut < _MIN_NEAR or not _ending_ok(stem, suffix, _ENDINGS):
                    continue
                key = loose(stem)
                for name_key in keys:
                    limit = 1 if len(name_key) < 6 else 2
                    if _edits(key, name_key, limit) <= limit:
                        return True
        return False

    def lookup(self, word: str) -> NameMatch | None:
        """Which protected people a folded text word names, and how surely; or None."""
        if word in self._memo:
            return self._memo[word]
        scripts = scripts_of(word)
        best: dict[int, tuple[int, int]] = {}  # person -> (how sure, stem letters)
        weak: set[int] = set()
        variants = skeletons(word)
        if "arabic" in scripts:
            # و is v in some words and the vowel o/u in others (گریگوریان, Grigoryan).
            keys = {consonants(v) for v in variants}
            keys |= {consonants(v.replace("v", "")) for v in variants}
            for key in keys:
                for person in self._abjad.get(key, ()):
                    if len(key) >= _MIN_CONSONANTS:
                        best[person] = max(best.get(person, (_FUZZY, 0)), (_FUZZY, len(key)))
                    else:
                        weak.add(person)
        for variant in variants:
            self._exact_or_loose(variant, scripts, best, weak)
        if not best and self._fuzzy and len(word) >= _MIN_FUZZY - 1:
            for variant in variants:
                self._one_edit_away(variant, best)
        found: NameMatch | None = None
        only_short_forms = all(score[0] == _SHORT_FORM for score in best.values())
        if best and only_short_forms and word in SHORT_FORM_COLLISIONS:
            weak.update(best)
            best = {}
        if best and word not in _PLACES and word not in COMMON_WORDS:
            ranking = sorted(best, key=lambda p: (-best[p][0], -best[p][1], p))
            letters = max((s[1] for s in best.values() if s[0] != _SHORT_FORM), default=0)
            found = NameMatch(tuple(ranking), False, letters)
        elif best or weak:
            found = NameMatch(tuple(sorted(weak | set(best))), True, 0)
        self._memo[word] = found
        return found
