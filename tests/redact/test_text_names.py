"""Protected names found across scripts, spellings, grammar and tricks; traps left alone."""

from __future__ import annotations

import itertools

import pytest

from vault.redact import Hit, ProtectedName, apply_redactions, detect

DAVIT = ProtectedName("p-davit", "W-001", ("Davit Sargsyan",))
HAYK = ProtectedName("p-hayk", "V-001", ("Hayk Grigoryan",))
ANI = ProtectedName("p-ani", "V-002", ("Ani Petrosyan",))
ALI = ProtectedName("p-ali", "W-002", ("Əli Məmmədov",))
ANNA = ProtectedName("p-anna", "W-003", ("Anna Hovhannisyan",))
NINO = ProtectedName("p-nino", "W-004", ("Nino Beridze",))
ARMEN = ProtectedName("p-armen", "T-001", ("Armen Khachatryan",))
LEYLA = ProtectedName("p-leyla", "X-001", ("Leyla Hüseynova",))
SEVINC = ProtectedName("p-sevinc", "W-005", ("Sevinc Cəfərova",))
OLENA = ProtectedName("p-olena", "W-006", ("Olena Shevchenko",))
# Registered once, in one script only: every other spelling must come from the matcher.
REGISTRY = [DAVIT, HAYK, ANI, ALI, ANNA, NINO, ARMEN, LEYLA, SEVINC, OLENA]


def names_in(text: str, registry: list[ProtectedName] = REGISTRY) -> list[tuple[str, str]]:
    return [(h.text, h.replacement) for h in detect(text, registry) if h.kind == "name"]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        # The same surname in three scripts and the usual transliterations.
        ("Սարգսյան", "W-001"),
        ("Саргсян", "W-001"),
        ("Sargsian", "W-001"),
        ("Sargsjan", "W-001"),
        ("SARGSYAN", "W-001"),
        # Given names across scripts; h/kh, gh/q, ow/u, doubled letters.
        ("Դավիթ", "W-001"),
        ("Давит", "W-001"),
        ("David", "W-001"),  # final t/d as Western and Russian spellings have it
        ("Айк", "V-001"),  # Russian drops the initial Հ/H
        ("Հայկ", "V-001"),
        ("Krikorian", "V-001"),  # Western Armenian Grigoryan
        ("Григорян", "V-001"),
        ("Ованнисян", "W-003"),
        ("Hovannisian", "W-003"),
        ("Հովհաննիսյան", "W-003"),
        ("Хачатрян", "T-001"),
        ("Խաչատրյան", "T-001"),
        ("Xaçatryan", "T-001"),
        # Azerbaijani spelled in Azerbaijani Latin, passports' Latin and Russian.
        ("Mammadov", "W-002"),
        ("Мамедов", "W-002"),
        ("Али", "W-002"),
        ("Ali", "W-002"),
        ("Huseynova", "X-001"),
        ("Гусейнова", "X-001"),  # Г for H, as Russian writes Hüseyn; h dropped either way
        ("Jafarova", "W-005"),
        ("Джафарова", "W-005"),
        ("Ceferova", "W-005"),
        # Georgian script and its transliterations.
        ("ბერიძე", "W-004"),
        ("Беридзе", "W-004"),
        ("ნინო", "W-004"),
        # Persian script writes few vowels: compared by consonants.
        ("سارگسیان", "W-001"),
        ("گریگوریان", "V-001"),
        # Ukrainian.
        ("Шевченко", "W-006"),
        ("Олена", "W-006"),
    ],
)
def test_spellings_across_scripts(written: str, code: str) -> None:
    text = f"Later {written} was moved."
    assert names_in(text) == [(written, code)]
    assert apply_redactions(text, detect(text, REGISTRY)) == f"Later {code} was moved."


@pytest.mark.parametrize(
    "written",
    [
        # Russian cases of a consonant-final surname and of given names.
        "Саргсяна",
        "Саргсяну",
        "Саргсяном",
        "Саргсяне",
        "Давита",
        "Давитом",
        # Armenian article and cases.
        "Սարգսյանը",
        "Սարգսյանին",
        "Սարգսյանի",
        "Սարգսյանից",
        "Սարգսյանով",
        "Սարգսյանում",
        "Սարգսյանները",
        "Սարգսյանենց",
        # English possessive, with every apostrophe people type.
        "Sargsian's",
        "Sargsian’s",
        "Sargsianʼs",
        # Turkish with its apostrophe, Azerbaijani without.
        "Sargsyan'ın",
        "Məmmədovun",
        "Məmmədova",
    ],
)
def test_case_endings_are_redacted_with_the_name(written: str) -> None:
    text = f"({written})"
    hits = detect(text, REGISTRY)
    assert [h.text for h in hits] == [written]
    assert apply_redactions(text, hits) in {"(W-001)", "(W-002)"}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Анну", "W-003"),
        ("Анной", "W-003"),
        ("Анне", "W-003"),
        ("Шевченка", "W-006"),
        ("ბერიძის", "W-004"),  # Georgian genitive replaces the final vowel too
    ],
)
def test_endings_that_replace_the_final_vowel(written: str, expected: str) -> None:
    assert names_in(f"я видел {written} вчера") == [(written, expected)]


def test_a_full_name_is_one_replacement_in_any_order_or_layout() -> None:
    text = (
        "Davit Sargsyan; Sargsyan, Davit; Давит\nСаргсян; DavitSargsyan; "
        "D. Sargsyan; Д. А. Саргсян; Sargsyan D.; Դ. Սարգսյան"
    )
    out = apply_redactions(text, detect(text, REGISTRY))
    assert out == "W-001; W-001; W-001; W-001; W-001; W-001; W-001; W-001"


def test_a_name_broken_over_two_lines_is_found_whole() -> None:
    for text in ("Sarg-\nsyan", "Sarg-\r\n   syan", "Sarg\nsyan", "Սարգս-\nյանը", "Sarg- syan"):
        hits = detect(f"told {text} that", REGISTRY)
        assert [h.text for h in hits] == [text], text
        assert apply_redactions(f"told {text} that", hits) == "told W-001 that"


@pytest.mark.parametrize(
    "written",
    [
        "Sarg\u200dsyan",  # zero-width joiner
        "Sarg\u200bsy\u200can",  # zero-width space and non-joiner
        "Sarg\u00adsyan",  # soft hyphen
        "\u2060Sargsyan",  # word joiner before
        "Sar\u0336gsyan",  # a strike-through overlay on one letter
        "Сargsyan",  # Cyrillic С among Latin letters
        "Sаrgsуan",  # Cyrillic а and у
        "ＳＡＲＧＳＹＡＮ",  # fullwidth
        "𝐒𝐚𝐫𝐠𝐬𝐲𝐚𝐧",  # mathematical bold
        "Սարգ՛սյան",  # Armenian emphasis mark inside the word
        "Սարգսյա՞նը",  # Armenian question mark inside the word
        "Sa\u0301rgsyan",  # a combining accent
    ],
)
def test_invisible_and_lookalike_characters_do_not_hide_a_name(written: str) -> None:
    text = f"«{written}»"
    hits = detect(text, REGISTRY)
    assert len(hits) == 1
    # Everything between the quotes goes, whatever was planted inside the name; an
    # invisible character just outside it may stay.
    out = apply_redactions(text, hits)
    assert out.replace("\u2060", "") == "«W-001»"


def test_offsets_survive_text_that_changes_length_when_folded() -> None:
    # Ligatures, ß, İ and fullwidth letters grow or shrink under NFKC and case folding;
    # the hit after them must still point at the original characters.
    sofia = ProtectedName("p-sofia", "W-009", ("Sofia Strauss",))
    ilham = ProtectedName("p-ilham", "W-010", ("İlham Əliyev",))
    text = "ﬁle ﬂow, Weiß İstanbul ＡＢＣ: Soﬁa Strauß and İLHAM ƏLİYEV."
    hits = detect(text, [sofia, ilham])
    assert [h.text for h in hits] == ["Soﬁa Strauß", "İLHAM ƏLİYEV"]
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text
    out = apply_redactions(text, hits)
    assert out == "ﬁle ﬂow, Weiß İstanbul ＡＢＣ: W-009 and W-010."


@pytest.mark.parametrize(
    "text",
    [
        "Anita lives in Manila with an animal.",  # "Ani" inside other words
        "Is there any news? Give me any of them.",  # "any" is not "Ani" in lower case
        "ANYTHING, ANY TIME",
        "Анина книга, Анита, Манила",
        "He studied in Armenia and in Georgia; в Армении.",  # Armen + ending = a country
        "Sargsyanovich Sargsyanism",  # the name followed by letters that are no ending
        "The sargs and the yan",
        # "Anna" inside other words and names. (Hannah does match: h is dropped so that
        # Hayk meets Айк, and a reviewer rejects her if she is someone else.)
        "Annapolis, a savanna, Joanna and Marianna",
    ],
)
def test_traps_are_not_names(text: str) -> None:
    assert names_in(text) == []


def test_a_given_name_alone_is_proposed() -> None:
    # "Anna" alone is a hit: with a village and a date, a first name identifies. A
    # reviewer rejects the occasional other Anna; a leaked one cannot be taken back.
    assert names_in("Then Anna said no. Later Hayk left.") == [("Anna", "W-003"), ("Hayk", "V-001")]


def test_short_given_name_written_as_a_name_is_found() -> None:
    text = "Ani was there. Any news? ANI PETROSYAN signed. Ани пришла."
    assert names_in(text) == [("Ani", "V-002"), ("ANI PETROSYAN", "V-002"), ("Ани", "V-002")]


def test_perpetrators_and_unlisted_people_are_left_alone() -> None:
    text = "Teymur Nadirzade ordered it; Davit Sargsyan saw it."
    assert apply_redactions(text, detect(text, REGISTRY)) == (
        "Teymur Nadirzade ordered it; W-001 saw it."
    )


def test_two_people_sharing_a_surname() -> None:
    brother = ProtectedName("p-aram", "V-003", ("Aram Sargsyan",))
    text = "Aram Sargsyan and Davit Sargsyan; later Sargsyan alone."
    hits = detect(text, [DAVIT, brother])
    assert [(h.text, h.replacement) for h in hits] == [
        ("Aram Sargsyan", "V-003"),
        ("Davit Sargsyan", "W-001"),
        # Ambiguous alone: the first protected person is proposed; a reviewer decides.
        ("Sargsyan", "W-001"),
    ]


def test_different_people_side_by_side_stay_apart() -> None:
    text = "Sargsyan,Grigoryan/Petrosyan"
    assert apply_redactions(text, detect(text, REGISTRY)) == "W-001,V-001/V-002"


def test_particles_count_only_beside_the_name() -> None:
    person = ProtectedName("p-teymur", "W-011", ("Teymur Nadir oğlu",))
    text = "Teymur Nadir oğlu came; Rauf Vasif oğlu did not."
    assert names_in(text, [person]) == [("Teymur Nadir oğlu", "W-011")]


def test_hits_are_sorted_disjoint_and_exact() -> None:
    text = "Davit Sargsyan, Hayk Grigoryan, Ani Petrosyan; davit.sargsyan@example.org " * 3
    hits = detect(text, REGISTRY)
    assert len(hits) == 12
    for before, after in itertools.pairwise(hits):
        assert before.end <= after.start
    for hit in hits:
        assert isinstance(hit, Hit)
        assert text[hit.start : hit.end] == hit.text
    # The e-mail address holds the name but is one e-mail hit, not two names.
    assert [h.kind for h in hits[:4]] == ["name", "name", "name", "email"]


@pytest.mark.parametrize(
    "written",
    [
        "Саркисян",  # the usual Russian spelling, with the unwritten Armenian vowel
        "Sarkissian",  # Western Armenian
        "Sargysan",  # a typo: two letters swapped
        "Sargsyn",  # a typo: a letter dropped
        "Sarggsyan",
    ],
)
def test_one_letter_away_from_a_long_name_is_still_the_name(written: str) -> None:
    assert names_in(f"Then {written} left.") == [(written, "W-001")]


def test_names_run_together_are_found() -> None:
    levon = ProtectedName("p-levon", "W-012", ("Levon Ter-Petrosyan",))
    text = "TerPetrosyan; Terpetrosyan; Тер-Петросяна; davitsargsyan"
    assert apply_redactions(text, detect(text, [DAVIT, levon])) == "W-012; W-012; W-012; W-001"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Davit A Sargsyan said", "W-001 said"),
        ("Davit A. Sargsyan said", "W-001 said"),
        ("Давит Арамович Саргсян сказал", "W-001 сказал"),
        ("Саргсян Давит Арамович, 1990 г.р.", "W-001, 1990 г.р."),
        ("Əli Vasif oğlu Məmmədov dedi", "W-002 dedi"),
        ("Məmmədov Əli Vasif oğlu dedi", "W-002 dedi"),
    ],
)
def test_middle_initials_and_patronymics_go_with_the_name(text: str, expected: str) -> None:
    # The father's name identifies as surely as the person's own.
    assert apply_redactions(text, detect(text, REGISTRY)) == expected


def test_lower_case_short_names_count_beside_the_name_only() -> None:
    text = "davit wrote; ani wrote; ani petrosyan; any petrosyan; ANI wrote; ANY time"
    assert names_in(text) == [
        ("davit", "W-001"),  # five letters: a name even in lower case
        # "ani" alone in lower case is too likely a word; beside the surname it is her.
        ("ani petrosyan", "V-002"),
        # "any" beside Petrosyan is taken as her name: cheaper than leaving it.
        ("any petrosyan", "V-002"),
        ("ANI", "V-002"),
    ]


@pytest.mark.parametrize(
    "written",
    ["Sarg.syan", "S-a-r-g-s-y-a-n", "S a r g s y a n", "S. a. r. g. s. y. a. n.", "Sar*gsyan"],
)
def test_a_name_broken_up_by_punctuation_or_spaces_is_found(written: str) -> None:
    text = f"({written}) came"
    out = apply_redactions(text, detect(text, REGISTRY))
    assert out in {"(W-001) came", "(W-001.) came"}


def test_a_looser_spelling_right_beside_the_name_goes_with_it() -> None:
    armen = ProtectedName("p-armen-h", "W-013", ("Armen Hovhannisyan",))
    ruzanna = ProtectedName("p-ruzanna", "W-014", ("Ruzanna Tsarukyan",))
    text = "Армен Оганезян and Ruzanne Tsarukian came; later Armen Said."
    assert apply_redactions(text, detect(text, [armen, ruzanna])) == (
        # Оганезян (z for s, e for i) and Ruzanne are too far from the registered
        # spellings to propose alone; beside a sure hit they are taken. "Said" is nowhere
        # near either name.
        "W-013 and W-014 came; later W-013 Said."
    )
