"""Names planted in sentences with every disguise at once, many times over (seeded)."""

from __future__ import annotations

import random

import pytest

from vault.redact import ProtectedName, apply_redactions, detect

# Each person registered in Latin only; the spellings below must all be found.
SPELLINGS = {
    "Davit Sargsyan": [
        "Давит Саргсян",
        "Դավիթ Սարգսյան",
        "David Sargsian",
        "Davit Sarkisyan",
        "Давид Саркисян",
    ],
    "Hayk Grigoryan": ["Айк Григорян", "Հայկ Գրիգորյան", "Haik Grigorian", "Hayk Krikorian"],
    "Tigran Harutyunyan": [
        "Тигран Арутюнян",
        "Տիգրան Հարությունյան",
        "Tigran Harutiunian",
        "Dikran Haroutiounian",
    ],
    "Gayane Mkrtchyan": ["Гаяне Мкртчян", "Գայանե Մկրտչյան", "Gayaneh Mkrtchian"],
    "Rashad Aliyev": ["Рашад Алиев", "Rəşad Əliyev", "Rashad Aliev"],
    "Leyla Huseynova": ["Лейла Гусейнова", "Leyla Hüseynova", "Leila Guseinova"],
    "Nino Beridze": ["Нино Беридзе", "ნინო ბერიძე"],
    "Mariam Ghazaryan": ["Мариам Казарян", "Մարիամ Ղազարյան", "Mariam Kazarian", "Mariam Qazaryan"],
    "Armen Hovhannisyan": ["Армен Ованнисян", "Արմեն Հովհաննիսյան", "Armen Hovannisian"],
    "Samvel Yeghiazaryan": ["Самвел Егиазарян", "Սամվել Եղիազարյան", "Samvel Egiazaryan"],
    "Vardan Voskanyan": ["Вардан Восканян", "Վարդան Ոսկանյան", "Vardan Oskanian"],
    "Ruzanna Tsarukyan": ["Рузанна Царукян", "Ռուզաննա Ծառուկյան", "Ruzanna Tsarukian"],
}
PEOPLE = [ProtectedName(f"p{n}", f"W-{n:03d}", (name,)) for n, name in enumerate(SPELLINGS)]

_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u202e"]
_LOOKALIKE = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "A": "А"}
_LOOKALIKE |= {"E": "Е", "O": "О", "C": "С", "H": "Н", "K": "К", "M": "М", "T": "Т"}


def _disguise(word: str, how: str, rng: random.Random) -> str:
    if how == "invisible":
        at = rng.randrange(1, len(word))
        return word[:at] + rng.choice(_INVISIBLE) + word[at:]
    if how == "lookalike":
        return "".join(_LOOKALIKE.get(c, c) if rng.random() < 0.5 else c for c in word)
    if how == "hyphenated":
        at = rng.randrange(2, len(word) - 1)
        return word[:at] + "-\n" + word[at:]
    if how == "capitals":
        return word.upper()
    if how == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)
    return word


@pytest.mark.parametrize(
    "how", ["plain", "invisible", "lookalike", "hyphenated", "capitals", "fullwidth"]
)
def test_disguised_names_never_survive(how: str) -> None:
    rng = random.Random(f"planted-{how}")
    for n, (primary, others) in enumerate(SPELLINGS.items()):
        for spelling in [primary, *others]:
            given, surname = spelling.split(" ", 1)
            for form in (spelling, surname, f"{surname}, {given}", given):
                written = " ".join(
                    _disguise(w, how, rng) if len(w) > 3 else w for w in form.split(" ")
                )
                text = f"Statement: {written} was there."
                out = apply_redactions(text, detect(text, PEOPLE))
                assert out == f"Statement: W-{n:03d} was there.", (how, written)
