"""Surnames alone in another script, predicted short forms, transliteration variants, and
the labelled corpus that keeps recall and perpetrator-safety from regressing."""

from __future__ import annotations

import itertools

import pytest

from bench.name_corpus import labelled, protected_for_government
from bench.name_score import score
from vault.redact import ProtectedName, apply_redactions, detect


def _names(text: str, *registered: str) -> list[str]:
    person = ProtectedName("p", "W-007", registered)
    return [h.text for h in detect(text, [person]) if h.kind == "name"]


@pytest.mark.parametrize(
    ("registered", "written"),
    [
        # Registered in Latin and Armenian; the Russian surname alone, in its cases.
        (("Armen Hovhannisyan", "Արմեն Հովհաննիսյան"), "Оганесяном"),
        (("Hovhannes Sargsyan",), "Оганесу"),
        (("Mher Ohanyan",), "Оганяну"),
        (("Rəhim Rəhimov",), "Рагимову"),
        (("Ruslan Alijev",), "Алиеву"),
        (("Nigar Qasımova",), "Нигяр"),
        (("Nigar Qasımova",), "Նիգյարը"),
        # Registered in Cyrillic only; Latin and Armenian text.
        (("Давид Оганесян",), "Hovhannisyan"),
        (("Давид Оганесян",), "Hovannisian"),
        (("Давид Оганесян",), "Հովհաննիսյանի"),
    ],
)
def test_a_surname_alone_in_another_script(registered: tuple[str, ...], written: str) -> None:
    text = f"Later {written} was moved, 1985."
    assert _names(text, *registered) == [written]


# Every spelling a person may be registered under (first row) and text forms (second).
_SPELLINGS = [
    ("Aliyev Alijev Aliev Alyev Əliyev Алиев", "Əliyevin Алиева Alijevs"),
    ("Hüseynov Huseynov Guseynov Гусейнов", "Hüseynovun Гусейнову"),
    ("Çingiz Chingiz Cingiz Чингиз", "Çingizin Чингизом"),
    ("Əliyeva Aliyeva Alieva Алиева", "Əliyevanın"),
    ("Ağayev Agayev Aghayev Агаев", "Ağayevə Агаеву"),
    ("Məmmədli Mammadli Mammedli Memmedli Мамедли", "Məmmədliyə"),
    ("Gülnarə Gulnara Gulnare Гюльнара", "Gülnarənin Гюльнару"),
    ("İlqar Ilqar Ilgar Ильгар", "İlqarı Ильгаром"),
    ("Rəşad Rashad Resad Рашад", "Rəşadın Рашаду"),
    ("Hovhannisyan Հովհաննիսյան Оганесян Ованесян", "Оганесяна Հովհաննիսյանի"),
]


def test_every_spelling_finds_every_other() -> None:
    missed = []
    for registered, inflected in _SPELLINGS:
        forms = registered.split()
        missed += [
            (reg, text)
            for reg, text in itertools.product(forms, forms + inflected.split())
            if reg != text and _names(f"Sonra {text} getdi.", reg) != [text]
        ]
    assert missed == []


@pytest.mark.parametrize(
    ("registered", "written"),
    [
        ("Ruzanna Tsarukyan", "Ruzan"),  # truncation: final vowel dropped
        ("Ruzanna Tsarukyan", "Рузан"),
        ("Ruzanna Tsarukyan", "Ռուզանը"),
        ("Gayane Mkrtchyan", "Gayan"),
        ("Anahit Sahakyan", "Ano"),  # Armenian -o
        ("Anahit Sahakyan", "Անոն"),
        ("Hovhannes Petrosyan", "Hovo"),
        ("Hovhannes Petrosyan", "Hovik"),  # Armenian -ik
        ("Hovhannes Petrosyan", "Vano"),  # table
        ("Yeranuhi Sargsyan", "Yeran"),  # Armenian -uhi
        ("Aleksandr Volkov", "Саша"),  # Russian table, with its cases
        ("Aleksandr Volkov", "Сашей"),
        ("Aleksandr Volkov", "Сашка"),  # familiar -ka
        ("Александр Волков", "Sasha"),
        ("Mikhail Orlov", "Мишу"),
        ("Ekaterina Smirnova", "Кате"),
        ("Ekaterina Smirnova", "Katya"),
        ("Dmitry Sokolov", "Митей"),
        ("Tatiana Belova", "Tanya"),
        ("Məhəmməd Əliyev", "Mamish"),  # Azerbaijani table
        ("Gülnarə Məmmədli", "Гуля"),
    ],
)
def test_short_forms_the_registry_predicts(registered: str, written: str) -> None:
    assert _names(f"({written}) came back.", registered) == [written]


def test_short_forms_do_not_turn_common_words_into_names() -> None:
    registry = [
        ProtectedName("a", "W-001", ("Aleksandr Volkov",)),
        ProtectedName("b", "W-002", ("Svetlana Orlova",)),
        ProtectedName("c", "W-003", ("Vyacheslav Kim",)),
        ProtectedName("d", "W-004", ("Konstantin Zaitsev",)),
        ProtectedName("e", "W-005", ("Samvel Harutyunyan",)),
        ProtectedName("f", "W-006", ("Hovhannes Petrosyan",)),
        ProtectedName("g", "W-008", ("Tatiana Belova",)),
        ProtectedName("h", "W-009", ("Məmməd Əliyev",)),
    ]
    text = (
        "Света не было. Слава богу, Само собой. Кости были сломаны. Алло! Ого. "
        "Шашка, Мама и Ванна. Стоял у танка, саша и света. Then Sasha, Kostya and Hovo "
        "came; Сашу и Таню увели."
    )
    out = apply_redactions(text, detect(text, registry))
    assert out == (
        "Света не было. Слава богу, Само собой. Кости были сломаны. Алло! Ого. "
        "Шашка, Мама и Ванна. Стоял у танка, саша и света. Then W-001, W-004 and W-006 "
        "came; W-001 и W-008 увели."
    )


def test_a_perpetrator_whose_surname_is_a_witness_given_name_stays_named() -> None:
    # The government profile names perpetrators: Məmmədov is not Məmməd's case form,
    # and Quliyev is not Gulya.
    registry = [
        ProtectedName("w", "W-001", ("Məmməd Əliyev",)),
        ProtectedName("g", "W-002", ("Gülnarə Həsənli",)),
    ]
    text = "Elçin Məmmədov və Ramil Quliyev (Кулиев, Guliyev) əmr verdi; Məmməd gördü."
    out = apply_redactions(text, detect(text, registry))
    assert out == "Elçin Məmmədov və Ramil Quliyev (Кулиев, Guliyev) əmr verdi; W-001 gördü."


def test_labelled_corpus_recall_and_no_perpetrator_or_facility_proposed() -> None:
    result = score(labelled(), protected_for_government())
    assert sum(result.occurrences.values()) >= 200
    assert set(result.occurrences) == {"latin", "cyrillic", "armenian", "azerbaijani"}
    for script in result.occurrences:
        assert result.recall(script) >= 0.99, (script, result.misses)
    assert result.recall() >= 0.99
    assert result.kept_proposed == []
    assert result.precision() >= 0.95, result.false_hits


def test_locking_forgets_the_short_forms_of_registered_names() -> None:
    from vault.redact import forget_cached_text
    from vault.redact.short_names import short_forms

    _names("Ruzan came.", "Ruzanna Tsarukyan")
    assert short_forms.cache_info().currsize > 0
    forget_cached_text()
    assert short_forms.cache_info().currsize == 0
