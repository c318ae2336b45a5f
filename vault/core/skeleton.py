"""Transliteration skeletons: one spelling-independent key per word, in any script.

Սարգսյան, Саргсян, Sargsyan, Sargsian and Sargsjan must meet, and so must the hundred
ways a name crosses Armenian, Russian, Azerbaijani and English. A word (already NFKC'd
and case-folded by ``normalize.fold``) is turned into ASCII with ``anyascii`` and then
reduced by rules that erase the differences between the usual transliterations:

- digraphs become one symbol: sh/ш/շ/ş -> S, ch/ч/չ/ճ/ç -> C, zh/ж/ժ -> Z, dzh/dj/j/ջ -> J
  (but a j between a consonant and a vowel, as in Sargsjan, is a y);
- h and kh are dropped: Russian writes Հ as nothing (Айк, Акопян) and Arabic or
  Azerbaijani h and x as Х or Г, so Hayk = Айк, Hasan = Хасан, Khachatryan = Хачатрян;
- gh, ghh, ğ -> g; q -> k; th -> t; ph -> f; w -> v;
- ye -> e (Yerevan = Ереван, Yeghiazaryan = Егиазарян), y and i -> i, so -yan, -ian,
  -jan and -ян meet; ow and ou -> u (Armenian ու comes out of anyascii as "ow");
- a word-initial vo -> o (Armenian initial ո is "vo": Voskanyan = Ոսկանյան);
- doubled letters are collapsed (Hovhannisyan = Ованнисян).

Some letters have two readings, and a word gets a skeleton for each (at most
``_MAX_VARIANT_SLOTS`` such letters per word):

- vh (Armenian վհ) is v or g: Russian writes Hovhannes as Оганес, so Hovhannisyan
  also reads "oganisian", one letter from Оганесян;
- a Cyrillic г after a vowel may be a foreign h (Оганян = Ohanyan, Меграбян =
  Mehrabyan, Рагим = Rəhim), so it also reads as nothing, and as v (Оганесян =
  Hovannisian, as Russian его is "yevo");
- j between two vowels is j or y (Alijev = Aliyev = Алиев; Hajiyev keeps its j);
- y after a consonant before e or u may be a mere softening, as Russian writes ü and
  ь (Alyev = Алиев = Aliyev, Gyulnara = Гюльнара = Gülnarə, Vasilyev = Васильев), and so
  may a Cyrillic я or Armenian յա after a consonant inside a word (Нигяр = Նիգյար =
  Nigar; not the -ян/-յան of surnames).

Azerbaijani ə is "a" in some spellings and "e" in others (Məmmədov = Mammadov,
Nadirzadə = Nadirzade), so a word with ə has one skeleton for each reading; Latin x is
"ks" in English and "kh" in Azerbaijani, so it has both. In a word with ə, ğ, ı, ş or ç
(Azerbaijani or Turkish), c is the sound of j (Cəfərov = Джафаров = Jafarov); a word that
starts with c has both readings (Ceferova written without the Azerbaijani letters).
A Cyrillic word starting with Г and a vowel is also read without it (Гусейнова =
Hüseynova), and a word mixing Latin and Cyrillic lookalikes is also read as either.

``loose`` goes one step further for long words: voiced and voiceless pairs meet (g/k/q,
d/t, b/p), which is how Western Armenian and Russian renderings differ from Eastern ones
(Grigoryan = Krikorian, Hakobyan = Hagopian, Davit = David), and so do the hushing and
plain sibilants (sh/s, ch/c, zh/z) and a and e, which is what Azerbaijani and Turkish
names become when typed without their letters or spelled from a passport (Rəşad = Resad
= Rashad, Memmedli = Mammadli, Çingiz = Cingiz). It is only used for name parts of five
or more letters, where it adds recall without matching common words.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from vault.core.forget import on_lock

# Letters anyascii renders in a way that loses what we need.
_LETTER_OVERRIDES = {
    "ə": "@",  # Azerbaijani schwa: a or e, decided per variant below
    "ǝ": "@",
    "ә": "@",  # Cyrillic schwa (Azerbaijani, Kazakh Cyrillic)
    "ş": "sh",
    "ç": "ch",
    "ğ": "gh",
    "ғ": "gh",
    "ı": "i",
    "ҳ": "h",
}
_AZERBAIJANI_MARKERS = frozenset("əǝәğışç")
_VOWELS = frozenset("aeiouy@")
_X_VARIANT = "\x01"  # placeholder: "ks" or nothing
_C_VARIANT = "\x02"  # placeholder for a word-initial c: "c", or "j" as Azerbaijani reads it
_VH_VARIANT = "\x03"  # Armenian vh: v, or g as Russian writes it (Оганес)
_GLIDE = "\x04"  # a softening y after a consonant: i, or nothing
_J_VARIANT = "\x05"  # j between vowels: j, or y (i)
_G_OR_H = "\x06"  # Cyrillic г after a vowel: g, or a foreign h (nothing)
_SCHWA = "@"
_SLOT_CHOICES = {
    _SCHWA: ("a", "e"),
    _X_VARIANT: ("ks", ""),
    _C_VARIANT: ("c", "J"),
    _VH_VARIANT: ("v", "g"),
    _GLIDE: ("i", ""),
    _J_VARIANT: ("J", "i"),
    _G_OR_H: ("g", "", "v"),
}
_CYRILLIC_G_AFTER_VOWEL = re.compile("(?<=[аеёиоуыэюя])г")
_G_MARK = "\ue000"  # a private-use letter standing for that г until it is spelled
_LETTER_OVERRIDES[_G_MARK] = _G_OR_H
# Cyrillic я after a consonant inside a word often writes an Azerbaijani or Turkish a or
# ə after a soft consonant (Нигяр = Nigar, Мярдан = Mərdan); not the я of the -ян
# surnames, which stays "ia" (Саргсян).
_CYRILLIC_SOFT_A = re.compile(
    "(?<=[бвгджзклмнпрстфхцчшщ])я(?=[^н])|(?<=[բգդզթժլխծկհձղճմնշչպջռսվտրցփքֆ])յա(?=[^ն])"
)
_SOFT_A_MARK = "\ue001"
_LETTER_OVERRIDES[_SOFT_A_MARK] = _GLIDE + "a"
_RUSSIAN_VOWELS = frozenset("аеёиоуыэюя")
# Letters that look alike in Latin and Cyrillic (after case folding): a word that mixes
# the two scripts is also read as all-Latin and as all-Cyrillic, so "Sаrgsуan" with a
# Cyrillic а and у is Sargsyan, not "Sargsuan".
_CYRILLIC_LOOKALIKES = str.maketrans("авеёкмнорстухіјѕһԁԛԝүӏ", "abeekmhopctyxijshdqwyl")
_LATIN_LOOKALIKES = str.maketrans("abcehkmoptxy", "авсенкмортху")
_UNKNOWN_LETTER = "#"  # a letter anyascii cannot spell: still a letter, matches nothing
_MAX_VARIANT_SLOTS = 4

_RULES = re.compile(r"shch|dzh|tch|sh|ch|zh|dj|kh|gh|th|ph|vh|ye|ow|ou|[hqwyjxc]")
_FIXED = {
    "shch": "S",
    "sh": "S",
    "dzh": "J",
    "dj": "J",
    "tch": "C",
    "ch": "C",
    "zh": "Z",
    "kh": "",
    "gh": "g",
    "th": "t",
    "ph": "f",
    "ye": "e",
    "ow": "u",
    "ou": "u",
    "h": "",
    "q": "k",
    "w": "v",
    "y": "i",
}
_DOUBLES = re.compile(r"(.)\1+")
_LOOSE = str.maketrans({"g": "k", "d": "t", "b": "p", "S": "s", "C": "c", "Z": "z", "e": "a"})


@lru_cache(maxsize=4096)
def _letter_ascii(ch: str) -> str:
    if ch in _LETTER_OVERRIDES:
        return _LETTER_OVERRIDES[ch]
    if ch.isascii():
        return ch if ch.isalpha() else ""
    if unicodedata.category(ch)[0] != "L":
        return ""
    spelled = anyascii(ch).lower()
    if not spelled:
        # Arabic alef and its kin carry a vowel anyascii leaves out; anything else
        # unknown stays a letter that matches nothing, so "Ani" + it is not "Ani".
        return "" if "\u0600" <= ch <= "\u06ff" else _UNKNOWN_LETTER
    # Soft and hard signs come out as apostrophes: they are not sounds, drop them.
    return "".join(c for c in spelled if "a" <= c <= "z")


def _rewrite(ascii_word: str, azerbaijani: bool) -> str:
    def replace(match: re.Match[str]) -> str:
        found = match.group()
        at = match.start()
        before = ascii_word[at - 1] if at else ""
        after = ascii_word[match.end()] if match.end() < len(ascii_word) else ""
        after_consonant = before.isalpha() and before not in _VOWELS
        if found == "vh":
            return _VH_VARIANT if after in _VOWELS else "v"
        if found == "ye" and after_consonant:
            return _GLIDE + "e"
        if found == "y" and after_consonant and after == "u":
            return _GLIDE
        if found in _FIXED:
            return _FIXED[found]
        if found == "x":
            return "" if azerbaijani else _X_VARIANT
        if found == "c":
            if azerbaijani:
                return "J"
            return _C_VARIANT if match.start() == 0 else "c"
        # found == "j": a consonant before and a vowel after make it the y of -jan;
        # between two vowels it may be either (Alijev, Hajiyev).
        if before and before not in _VOWELS and after in _VOWELS:
            return "i"
        if before in _VOWELS and before and after in _VOWELS and after:
            return _J_VARIANT
        return "J"

    if ascii_word.startswith("vo"):
        ascii_word = ascii_word[1:]
    return _DOUBLES.sub(r"\1", _RULES.sub(replace, ascii_word))


def _readings(word: str) -> list[str]:
    """The word as written and, if it mixes Latin and Cyrillic, as either script alone."""
    has_latin = any("a" <= c <= "z" for c in word)
    has_cyrillic = any("\u0400" <= c <= "\u04ff" for c in word)
    if not (has_latin and has_cyrillic):
        return [word]
    return [word, word.translate(_CYRILLIC_LOOKALIKES), word.translate(_LATIN_LOOKALIKES)]


def _variants(base: str) -> list[str]:
    slots = [i for i, c in enumerate(base) if c in _SLOT_CHOICES]
    variable = slots[:_MAX_VARIANT_SLOTS]
    found: list[str] = []
    for picked in itertools.product(*(_SLOT_CHOICES[base[i]] for i in variable)):
        chars = list(base)
        for i in slots:  # slots past the cap take their first reading
            chars[i] = _SLOT_CHOICES[base[i]][0]
        for i, choice in zip(variable, picked, strict=True):
            chars[i] = choice
        variant = _DOUBLES.sub(r"\1", "".join(chars))
        if variant and variant not in found:
            found.append(variant)
    return found


@lru_cache(maxsize=65536)
def skeletons(word: str) -> tuple[str, ...]:
    """Every skeleton of one folded word (letters only), most likely reading first.

    Two words are spellings of the same name when their skeleton sets intersect. Returns
    an empty tuple for a word with no letters anyascii can spell.
    """
    found: list[str] = []
    for reading in _readings(word):
        marked = _CYRILLIC_SOFT_A.sub(_SOFT_A_MARK, reading)
        marked = _CYRILLIC_G_AFTER_VOWEL.sub(_G_MARK, marked)
        ascii_word = "".join(_letter_ascii(c) for c in marked)
        if not ascii_word:
            continue
        azerbaijani = any(c in _AZERBAIJANI_MARKERS for c in reading)
        base = _rewrite(ascii_word, azerbaijani)
        bases = [base]
        # Russian writes a foreign initial H as Г: Гусейн = Hüseyn, Гайк = Hayk.
        if reading[:1] == "г" and reading[1:2] in _RUSSIAN_VOWELS and base.startswith("g"):
            bases.append(base[1:])
        for one in bases:
            found += [v for v in _variants(one) if v not in found]
    return tuple(found)


@lru_cache(maxsize=65536)
def loose(skeleton: str) -> str:
    """``skeleton`` with voiced and voiceless consonants merged (g/k, d/t, b/p)."""
    return _DOUBLES.sub(r"\1", skeleton.translate(_LOOSE))


_VOWEL_LETTERS = re.compile(r"[aeiou@]")


@lru_cache(maxsize=65536)
def consonants(skeleton: str) -> str:
    """The loose skeleton's consonants only: how Arabic script writes a name (Persian
    سارگسیان comes out of anyascii as "srgsyn", which keeps only "srgsn" of Sargsyan)."""
    return _DOUBLES.sub(r"\1", _VOWEL_LETTERS.sub("", loose(skeleton)))


@on_lock
def forget_cached_words() -> None:
    """Empty the skeleton caches: the words they hold are pieces of statements and
    names. Runs when a vault is closed (``vault.core.forget``)."""
    _letter_ascii.cache_clear()
    skeletons.cache_clear()
    loose.cache_clear()
    consonants.cache_clear()
