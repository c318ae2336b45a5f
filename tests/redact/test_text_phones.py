"""Phone numbers as people write them, valid or not, and the numbers that are not phones.

Issue 8: a number wrong by one digit still identifies its owner, so validity never
decides whether a number is proposed; ``phonenumbers`` only names the kind (``phone`` for
a valid number, ``phone-like`` otherwise) and explains.
"""

from __future__ import annotations

import re

import pytest

from vault.redact import apply_redactions, detect
from vault.redact.phones import detection_regions

PHONE_KINDS = {"phone", "phone-like"}

# (sentence around the number, the number as written, the kind expected or None)
PHONES = [
    # Armenia
    ("Իմ համարն է {}։", "+374 91 234567", "phone"),
    ("Իմ համարն է {}։", "+374 91 234 5678", "phone-like"),  # the leak: one digit too many
    ("Քրոջս համարը՝ {}, զանգիր։", "+374 (93) 81-72-6", "phone-like"),  # one too few
    ("Հարևանը զանգել է {} համարից։", "00374 77 4512 396", "phone-like"),  # 00, too many
    ("He wrote {} on the wall.", "374-98-765-4321", "phone-like"),  # + left out, too many
    ("Նա գրեց {}, հետո պատռեց։", "091 58 36 247", None),  # trunk 0, one too many for AM
    ("The office is on {} now.", "(010) 54-32-1", "phone-like"),  # trunk 0, one too few
    ("Զանգիր {} համարով։", "91 234 567", "phone"),  # no trunk: AM only by its region
    ("Call the landline {} please.", "+374 10 52 63 7", "phone-like"),
    ("Номер для связи: {}.", "+374 99\n583 2741", "phone-like"),  # split across a line
    # Russia
    ("Следователь звонил с {} вечером.", "8 (912) 345-67-89", "phone"),
    ("Следователь звонил с {} вечером.", "8 (912) 615-70-4", "phone-like"),  # one too few
    ("Его помощник оставил {} на двери.", "8 916 273 84 950", "phone-like"),  # one too many
    ("Позвоните: {}, спросите Андрея.", "8 (903) 518-\n27-664", "phone-like"),  # hyphen, break
    ("Ещё один номер: {}.", "+7.926.481.37.205", "phone-like"),  # dots, one too many
    ("Рабочий: {} (приёмная).", "+7 (495) 123-45-6", "phone-like"),
    ("Записал как {} без плюса.", "7 926 481 37 20", None),
    ("Сотовый {} всегда включён.", "89161234567", "phone"),
    ("Домашний {} у соседей.", "123-45-67", "phone-like"),  # a local number alone
    # Azerbaijan
    ("Qardaşı {} nömrəsindən zəng etdi.", "+994 (50) 716 32 8", "phone-like"),
    ("Evdə {} nömrəsi var.", "0 55 874 61 293", None),
    ("Bakı ofisi: {}.", "(012) 497-15-2", None),
    ("He dialled {} without the plus.", "994 50 123 45 6", "phone-like"),
    # Georgia
    ("The lawyer in Tbilisi wrote {} for us.", "+995 5993 71 84 62", "phone-like"),
    ("Office {} in Tbilisi.", "+995 (32) 2 43 56", "phone-like"),
    ("Mobile {} of the driver.", "5 99 12 34 56 7", "phone-like"),
    # Turkey
    ("Telefonum {} idi.", "0 (532) 123 45 6789", "phone-like"),
    ("Telefonum {} idi.", "+90 532 123 45 6", "phone-like"),
    ("Telefonum {} idi.", "0532-123-4567", "phone"),
    # Iran
    ("Relatives abroad: {} and others.", "+98 912 473 18 652", "phone-like"),
    ("His cousin wrote {} in Persian digits.", "۰۹۱۲ ۳۴۵ ۶۷۸", None),
    ("Another cousin: {}.", "0912-345-67-890", "phone-like"),
    # Ukraine
    ("Дзвоніть на {} увечері.", "+380 (67) 492 15 3", "phone-like"),
    ("Дзвоніть на {} увечері.", "067 123 45 678", "phone-like"),
    ("Старий запис: {}.", "+38 067 123 4567", "phone"),
    # Germany, France, United States, United Kingdom
    ("Büro {} in Berlin.", "+49 30 1234567", "phone"),
    ("Büro {} in Berlin.", "030/123 456 78", "phone-like"),
    ("Written as {} by the clerk.", "0049 (0)30 12345678", None),
    ("Son portable: {}.", "+33 6 12 34 56 78", "phone"),
    ("Son portable: {}.", "06 12 34 56 7", "phone-like"),
    ("Le bureau: {}.", "01.23.45.67.89", None),
    ("The embassy line is {}.", "+1 (202) 555-0143", "phone"),
    ("The embassy line is {}.", "1-202-555-014", "phone-like"),
    ("The hotel: {}.", "+44 20 7946 0958", "phone"),
    ("The hotel: {}.", "020 7946 095", "phone-like"),
    ("His British mobile {} was off.", "+44 (0)7700 900 12", "phone-like"),
    # Disguises that folding undoes
    ("He called from {} twice.", "+374\u200b91\u200b234\u200b5678", "phone-like"),
    ("He called from {} twice.", "＋３７４ ９１ ２３４ ５６７８", "phone-like"),
]


@pytest.mark.parametrize(("sentence", "number", "kind"), PHONES)
def test_a_phone_number_is_proposed_whole_valid_or_not(
    sentence: str, number: str, kind: str | None
) -> None:
    text = sentence.format(number)
    at = text.index(number)
    hits = detect(text, [])
    phones = [h for h in hits if h.kind in PHONE_KINDS]
    covering = [h for h in phones if h.start <= at and h.end >= at + len(number)]
    assert len(covering) == 1, [(h.text, h.kind) for h in hits]
    (hit,) = covering
    assert hit.reason == "contact" and hit.replacement == "[phone]"
    assert hit.explanation, "a proposal says why it is a phone number"
    if kind is not None:
        assert hit.kind == kind, hit.explanation
    if hit.kind == "phone":
        assert hit.explanation.startswith("valid ")
    else:
        assert hit.explanation.startswith("not valid")
    out = apply_redactions(text, hits)
    assert "[phone]" in out
    assert not re.search(r"\d", out), out  # the sentences hold no other digit


NOT_PHONES = [
    "It happened on 2021-03-14 and 14.03.2021.",
    "Между 14/03/2021 и 03/14/2021, а также 14 03 2021.",
    "On 14.03.21, 01.02.2020-05.06.2021 and 14/03/2021 – 16/03/2021.",
    "Մարտի 14.03.2021 14:30-ին, then 2021-03-14 10:15.",
    "From 14.30-16.45, then 9.00 – 18.00, then 08:00-20:00.",
    "Between 14.03.2021 14.30 and 15.03.2021 16.45 he was held.",
    "Records C-001, W-003, S-012, A-004 and P-001; W-003 and W-004.",
    "See p. 12-14, pages 101-115, pp. 1015-1120, стр. 1204-1350 and էջ 12-14.",
    "They paid 1 500 000 AMD, $2,500, 150.000 ₽ and 3 000 000 manat.",
    "Взяли 12 500 000 драм и 2 500 000 000 AMD; ещё 250 000 000 и 1.500.000 руб.",
    "Տուգանքը 10 500 000 դրամ էր, հետո 1 250 000 000 ֏.",
    "He served in 1992-1994 and 2001–2005, born 1975/1976.",
    "Article 309.1, статья 309.1 часть 2, ст. 111 ч. 4, հոդված 119.1 and § 1234-5678.",
    "Only 12.5% of 87 % and 99.99 % of 1 250 000 people.",
    "Room 12, building 5, flat 44; version 1.2.3; 3 people, 40 minutes.",
    "In 2021 he was 34; in 2020-2021 he was away.",
    "The order number was 2021-118-4400, the file 2020/15/3377.",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_dates_times_codes_pages_amounts_and_articles_are_not_phones(text: str) -> None:
    assert detect(text, []) == []


@pytest.mark.parametrize(
    "text",
    [
        "Held at 40.1772, 44.5035 for days.",
        "Held at 40.177244 44.503512 for days.",
        "Держали в точке 40.1772, 44.5035 два дня.",
    ],
)
def test_coordinates_are_a_place_not_a_phone(text: str) -> None:
    hits = detect(text, [])
    assert [h.kind for h in hits] == ["coordinates"]


def test_two_numbers_on_consecutive_lines_stay_two() -> None:
    text = "Номера:\n091 23 45 67\n093 12 34 56\nконец"
    hits = detect(text, [])
    assert [h.text for h in hits] == ["091 23 45 67", "093 12 34 56"]


def test_a_date_before_a_number_stays_a_date() -> None:
    text = "14 03 2021 091 23 45 678 and on 14.03.2021 14:30 called 8 912 345 67 89."
    out = apply_redactions(text, detect(text, []))
    assert out == "14 03 2021 [phone] and on 14.03.2021 14:30 called [phone]."


def test_the_case_regions_come_first_and_add_short_national_numbers() -> None:
    # Eight digits valid only in Denmark: no default region reads them as a phone...
    text = "Ring til 32 12 34 56 i morgen."
    assert detect(text, []) == []
    # ...a Danish case does, and says so.
    (hit,) = detect(text, [], detection_regions(["DK"]))
    assert (hit.text, hit.kind, hit.explanation) == (
        "32 12 34 56",
        "phone",
        "valid DK landline or mobile, national form",
    )
    assert detection_regions(["dk", "AM"])[:3] == ("DK", "AM", "AZ")


def test_the_explanation_names_what_is_wrong() -> None:
    (hit,) = detect("call +374 91 234 5678 now", [])
    assert hit.explanation == "not valid: 9 national digits, AM numbers have 8"
    (hit,) = detect("звони 8 (912) 615-70-4", [], detection_regions(["RU"]))
    assert hit.explanation.startswith("not valid: 9 national digits, RU numbers have 10")
    (hit,) = detect("call +374 91 234567 now", [])
    assert hit.explanation == "valid AM mobile"
