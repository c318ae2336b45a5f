"""Found by an outside sweep of issue 8: numbers and names as a new case writes them.

A Georgian-Azerbaijani-Armenian case (Marneuli) written in English, Russian, Armenian and
Azerbaijani: phone numbers with Eastern Arabic and fullwidth digits, ``tel:`` and
``wa.me/`` prefixes, the Russian international prefix ``8-10``, split over a line; and
court case numbers after ``№`` ending in a year (``12-345/2022``), which the first sweep
proposed as phones. Case numbers are records the recipient needs; phones written after
``№`` must still be proposed.
"""

from __future__ import annotations

import re

import pytest

from vault.redact import apply_redactions, detect
from vault.redact.hits import ProtectedName
from vault.redact.phones import detection_regions

PHONE_KINDS = {"phone", "phone-like"}
REGIONS = detection_regions(["GE", "AZ"])

# (sentence, the number as written): every one must be proposed whole.
PHONES = [
    ("Elvin's brother: tel:{}, call him.", "+994501234567"),
    ("WhatsApp: {} (evenings).", "+994 50 123 45 67"),
    ("Write to wa.me/{} instead.", "994551112233"),
    ("His cousin wrote {} on a card.", "+٩٩٤ ٥٠ ٧٦٥ ٤٣ ٢١"),  # Eastern Arabic digits
    ("The office card said {} in wide type.", "＋９９５ ５９９ ８８ ７７ ６６"),  # fullwidth
    ("Home in Baku {}, mornings.", "(+994) 12 498-76-54"),
    ("From Russia he dialled {} twice.", "8-10-995-599-123458"),
    ("A note by the door: {}. Nothing else.", "+995 577\n48 21 93"),
    ("My old one {} no longer works.", "+995 (599) 123-456-7"),  # one digit too many
    ("Рабочий тел.: {}, спросить Эльвина.", "8-918-123-45-678"),  # one too many
    ("Nömrələr: {}, axşam.", "994 55 321 54 3"),  # + left out, one too few
    ("Nömrələr: {}, səhər.", "+994 50 1234 5678"),  # one too many
    ("Հեռախոս՝ {}, երեկոյան։", "+374 91 12 34 5"),  # one too few
    # A number after "№" is still a phone when it has no record shape.
    ("Тел. № {}, звонить вечером.", "8-900-123-45-67"),
    ("Telefon № {}, axşam zəng edin.", "+994 50 765 43 21"),
    ("Phone No. {} (his sister's).", "+995 599 44 55 66"),
    ("In case {} is busy, call later.", "+994 50 765 43 21"),
    ("По делу звонить {}.", "8 (900) 765-43-21"),
]


@pytest.mark.parametrize(("sentence", "number"), PHONES)
def test_a_phone_written_as_people_write_it_is_proposed_whole(sentence: str, number: str) -> None:
    text = sentence.format(number)
    at = text.index(number)
    hits = [h for h in detect(text, [], REGIONS) if h.kind in PHONE_KINDS]
    covering = [h for h in hits if h.start <= at and h.end >= at + len(number)]
    assert len(covering) == 1, [(h.text, h.kind) for h in hits]


# Court and police case numbers after "№": a year at the end, joined by a slash.
CASE_NUMBERS = [
    ("Statement taken in Marneuli (case № {}).", "2022/0457-13"),
    ("Показания записаны, дело № {}.", "12-345/2022"),
    ("Cərimə 500 manat, iş № {}.", "1(101)-345/2022"),
    ("Решение по делу №{} вступило в силу.", "2-1187/2021"),
    ("Գործ № {}, դատարան։", "3-0451/2022"),
    ("Case No. {} was closed.", "33-4512/2020"),
    ("The file {} was sent to Baku.", "12-345/2022"),
    ("По делу {} назначена экспертиза.", "2-1187/2021"),
]


@pytest.mark.parametrize(("sentence", "number"), CASE_NUMBERS)
def test_a_case_number_after_the_number_sign_is_not_a_phone(sentence: str, number: str) -> None:
    text = sentence.format(number)
    hits = detect(text, [], REGIONS)
    assert [h.text for h in hits if h.kind in PHONE_KINDS] == [], text
    assert number in text


def test_a_case_number_and_a_phone_on_one_line_are_told_apart() -> None:
    text = "Дело № 12-345/2022, тел. 8 (900) 123-45-67, протокол № 14-22/553."
    phones = [h.text for h in detect(text, [], REGIONS) if h.kind in PHONE_KINDS]
    assert phones == ["8 (900) 123-45-67"]


def test_the_names_of_the_sweep_case_are_found_in_every_script() -> None:
    """The forms the sweep wrote, all found (a guard: they were found before the fix)."""
    people = [
        ProtectedName("n", "W-001", ("Nino Beridze", "ნინო ბერიძე", "Нино Беридзе")),
        ProtectedName("e", "V-001", ("Elvin Məmmədov", "Elvin Mammadov", "Эльвин Мамедов")),
        ProtectedName("g", "W-002", ("Gulnara Hasanova", "Гульнара Гасанова")),
        ProtectedName("a", "W-004", ("Aytən Əliyeva",)),
    ]
    forms = [
        "Berdize", "N. Beridze", "Нино", "Նինոյին", "Beridzenin", "Elvin's", "Эльвину",
        "Էլվին Մամեդովին", "Elvin Məmmədovun", "Elvini", "Гульнару Гасанову", "Гуля",
        "Гасановой", "Gulya", "Գյուլնարա Հասանովային", "Gülnarənin", "Aytan Aliyeva",
        "Ayten Alieva", "Aitan Alijeva", "Aytən Əliyevanın",
    ]  # fmt: skip
    text = " said that ".join(forms)
    hits = detect(text, people, REGIONS)
    missed = [f for f in forms if not any(h.text == f for h in hits)]
    assert not missed
    assert not re.search(r"\[phone\]", "".join(h.replacement for h in hits))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("увели Эльвина Мамедова. Эльвину было 24 года.", "увели V-001. V-001 было 24 года."),
        ("He saw Elvin Mammadov! Elvin ran.", "He saw V-001! V-001 ran."),
        ("Davit A. Sargsyan came", "W-001 came"),
        ("Sargsyan, Davit said", "W-001 said"),
    ],
)
def test_a_sentence_break_between_two_mentions_stays(text: str, expected: str) -> None:
    protected = [
        ProtectedName("e", "V-001", ("Elvin Məmmədov", "Эльвин Мамедов")),
        ProtectedName("d", "W-001", ("Davit Sargsyan",)),
    ]
    assert apply_redactions(text, detect(text, protected)) == expected
