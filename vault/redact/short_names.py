"""Short and diminutive forms a registered given name predicts, as skeletons.

A witness registered as Ruzanna is "Ruzan" to her neighbours, Aleksandr is "Саша",
Hovhannes is "Hovo". ``short_forms`` gives, for one folded name word, the skeletons
(``vault.core.skeleton``) of the forms below; ``name_index`` indexes them beside the
name itself. Two sources, and nothing else:

1. A small explicit table of well-known diminutives (``_TABLE``): Russian (Aleksandr ->
   Sasha, Shura, Sanya; Mikhail -> Misha; Ekaterina -> Katya; Dmitry -> Dima, Mitya...),
   Armenian ones no rule predicts (Hovhannes -> Vano; Sargis -> Sako; Mkrtich -> Mko;
   Tigran -> Tiko; Harutyun -> Harut) and Azerbaijani (Məhəmməd -> Məmməd, Mamed;
   Məmməd -> Mamish; Gülnarə -> Gulya). Every table form ending in -a also gives its
   familiar -ka form (Sasha -> Sashka, Katya -> Katka, Vanya -> Vanka). Russian case
   endings of all of them (Саши, Сашей, Мише) come from ``name_index``.
2. Rules, applied to every name word that does not end like a surname (-yan/-ян/-յան,
   -ov(a), -ev(a), -ski, -dze, -shvili, -enko, -zade, -ents):
   - truncation: a final vowel dropped when four or more letters remain and end in a
     consonant (Ruzanna -> Ruzan, Gayane -> Gayan, Karine -> Karin, Gulnara -> Gulnar);
     a doubled consonant is one letter in a skeleton already (Ruzann = Ruzan);
   - Armenian -o: the name up to the first consonant after its first vowel, plus o
     (Hovhannes -> Hovo, Anahit -> Ano, Samvel -> Samo, Mariam -> Maro, Gagik -> Gago),
     only when that consonant follows the vowel directly and the name has four or more
     letters;
   - Armenian -ik: that same stem plus ik, and the whole name plus ik (Hovhannes ->
     Hovik, Aram -> Aramik);
   - Armenian -uhi: a name ending in -uhi (ուհի) without it, when four or more letters
     remain (Yeranuhi -> Yeran).

Precision: a short form is a weaker clue than the name. ``name_index`` counts a word
that matches only a short form when it is written with a capital (never "само" or
"танка" in running text) and is not a frequent word (``common_words``); short forms of
fewer than three letters are never indexed.
"""

from __future__ import annotations

from functools import lru_cache

from vault.core.forget import on_lock
from vault.core.skeleton import skeletons

_MIN_FORM = 3  # skeleton letters of the shortest form worth indexing
_MIN_TRUNCATED = 4
_VOWELS = frozenset("aeiou")


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


# Given name (one common spelling; every transliteration meets through skeletons) ->
# its well-known short forms.
_TABLE: dict[str, tuple[str, ...]] = {
    # Russian
    "aleksandr": _split("sasha shura sanya alik"),
    "aleksandra": _split("sasha shura sanya"),
    "aleksei": _split("alyosha lyosha lesha"),
    "anastasia": _split("nastya asya"),
    "anatoly": _split("tolya"),
    "andrei": _split("andryusha"),
    "anna": _split("anya anyuta nyura"),
    "boris": _split("borya"),
    "valentin": _split("valya"),
    "valentina": _split("valya"),
    "vasily": _split("vasya"),
    "viktor": _split("vitya"),
    "vladimir": _split("volodya vova"),
    "vyacheslav": _split("slava"),
    "galina": _split("galya"),
    "georgy": _split("zhora gosha"),
    "grigory": _split("grisha"),
    "dmitry": _split("dima mitya"),
    "evgeny": _split("zhenya"),
    "evgenia": _split("zhenya"),
    "ekaterina": _split("katya"),
    "elena": _split("lena"),
    "ivan": _split("vanya"),
    "irina": _split("ira"),
    "konstantin": _split("kostya"),
    "ksenia": _split("ksyusha"),
    "lyudmila": _split("lyuda mila"),
    "lyubov": _split("lyuba"),
    "maria": _split("masha"),
    "mikhail": _split("misha"),
    "nadezhda": _split("nadya"),
    "natalia": _split("natasha"),
    "nikolai": _split("kolya"),
    "olga": _split("olya"),
    "pavel": _split("pasha"),
    "pyotr": _split("petya"),
    "petr": _split("petya"),
    "svetlana": _split("sveta"),
    "sergei": _split("seryozha"),
    "stepan": _split("styopa"),
    "tatiana": _split("tanya"),
    "fyodor": _split("fedya"),
    "yulia": _split("yulya"),
    "yuri": _split("yura"),
    "yakov": _split("yasha"),
    # Armenian (forms the rules below do not predict)
    "hovhannes": _split("vano hovik"),
    "sargis": _split("sako saro"),
    "mkrtich": _split("mko"),
    "tigran": _split("tiko"),
    "harutyun": _split("harut"),
    "hakob": _split("hako"),
    "margarit": _split("mago"),
    # Azerbaijani
    "məhəmməd": _split("məmməd mamed mamish"),
    "məmməd": _split("mamish"),
    "gülnarə": _split("gulya"),
}
_SURNAME_ENDINGS = _split("ian iants ients ents ov ova ev eva ski skaia dze Svili enko zade")


def _familiar(form: str) -> list[str]:
    """Russian -ka: a form ending in -a/-ya with its final vowel replaced (Sashka, Katka)."""
    if form.endswith("ia") and len(form) > 3:
        return [form[:-2] + "ka"]
    if form.endswith("a") and len(form) > 2:
        return [form[:-1] + "ka"]
    return []


def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    for name, forms in _TABLE.items():
        shapes = {s for form in forms for s in skeletons(form)}
        shapes |= {f for s in list(shapes) for f in _familiar(s)}
        for key in skeletons(name):
            table.setdefault(key, set()).update(shapes)
    return {key: tuple(sorted(shapes)) for key, shapes in table.items()}


_BY_SKELETON = _table()


def _ruled(skeleton: str) -> set[str]:
    if len(skeleton) < _MIN_TRUNCATED or skeleton.endswith(_SURNAME_ENDINGS):
        return set()
    forms: set[str] = set()
    if skeleton[-1] in _VOWELS and skeleton[-2] not in _VOWELS and len(skeleton) > 4:
        forms.add(skeleton[:-1])  # Ruzana -> Ruzan
    if skeleton.endswith("ui") and len(skeleton) - 2 >= _MIN_TRUNCATED:
        forms.add(skeleton[:-2])  # Yeranuhi (skeleton "eranui") -> Yeran
    first_vowel = next((i for i, c in enumerate(skeleton) if c in _VOWELS), None)
    if first_vowel is not None and first_vowel + 1 < len(skeleton) - 1:
        consonant = skeleton[first_vowel + 1]
        if consonant not in _VOWELS and consonant.isalpha():
            stem = skeleton[: first_vowel + 2]
            forms.update({stem + "o", stem + "ik"})  # Hovo, Hovik
    if skeleton[-1] not in _VOWELS:
        forms.add(skeleton + "ik")  # Aramik
    return forms


@lru_cache(maxsize=4096)
def short_forms(word: str) -> frozenset[str]:
    """Skeletons of the short forms that the folded name word ``word`` predicts.

    Never the word's own skeletons, never a form under three letters. Refuses nothing:
    a word no table entry or rule fits (most surnames) gives an empty set.
    """
    own = skeletons(word)
    if not own:
        return frozenset()
    forms: set[str] = set()
    for skeleton in own:
        forms.update(_BY_SKELETON.get(skeleton, ()))
    # Rules on the likeliest reading only: the others (Оганес read as "oanes") would
    # predict forms nobody uses.
    forms |= _ruled(own[0])
    return frozenset(f for f in forms - set(own) if len(f) >= _MIN_FORM)


@on_lock
def _forget_cached() -> None:
    # Cached short_forms results are pieces of statements; a closed vault leaves none.
    short_forms.cache_clear()
