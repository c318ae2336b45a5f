"""Phone numbers, e-mail, handles, document numbers and coordinates, and what is left alone."""

from __future__ import annotations

import pytest

from vault.redact import apply_redactions, detect


def redacted(text: str, regions: tuple[str, ...] | None = None) -> str:
    hits = detect(text, []) if regions is None else detect(text, [], regions)
    return apply_redactions(text, hits)


@pytest.mark.parametrize(
    "phone",
    [
        "+374 91 234 567",  # Armenia, international
        "00374 91 234 567",
        "+374-91-234567",
        "(091) 23-45-67",  # Armenia, national
        "8 (929) 123-45-67",  # Russia, with the trunk 8
        "+7 929 123 45 67",
        "050 123 45 67",  # Azerbaijan
        "+994 50 123 45 67",
        "599 12 34 56",  # Georgia
        "0532 123 45 67",  # Turkey
        "0912 345 6789",  # Iran
        "۰۹۱۲۳۴۵۶۷۸۹",  # Iran, Persian digits
        "067 123 4567",  # Ukraine
        "37491234567",  # digits only, country code first
        "+1 202 555 0143",  # any country when written with +
        "+374\u200b91\u200b234\u200b567",  # zero-width spaces inside
        "＋３７４ ９１ ２３４ ５６７",  # fullwidth
    ],
)
def test_phone_numbers_become_a_token(phone: str) -> None:
    text = f"He called from {phone} twice."
    hits = detect(text, [])
    assert [(h.text, h.kind, h.reason) for h in hits] == [(phone, "phone", "contact")]
    assert apply_redactions(text, hits) == "He called from [phone] twice."


def test_a_russian_national_number_is_proposed_whatever_the_regions() -> None:
    # The regions only explain: valid for RU, phone-like for a case that only knows AM.
    text = "звонил с 8 (929) 123-45-67 вечером"
    for regions in (("RU",), ("AM",), None):
        assert redacted(text, regions) == "звонил с [phone] вечером"
    (as_ru,) = detect(text, [], ("RU",))
    assert (as_ru.kind, as_ru.explanation) == ("phone", "valid RU mobile, national form")
    (as_am,) = detect(text, [], ("AM",))
    assert as_am.kind == "phone-like" and "AM" in as_am.explanation


def test_an_unknown_range_with_enough_digits_is_still_proposed() -> None:
    # Not valid for any region's metadata, but nine digits in a row identify a line.
    text = "номер 123456789, запомни"
    assert redacted(text) == "номер [phone], запомни"


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March 2021, 9 November 2020 and 2020-2021.",
        "Dates 14.03.2021, 2021-03-14, 14/03/2021 and 01.02.2020-05.06.2021.",
        "Pre-trial Detention Center No. 3, Military Disciplinary Unit 2041.",
        "He paid 1000000 rubles, 12.5 km away, at 10:30, version 1.2.3.",
        "Room 12, building 5, flat 44; 3 people, 40 minutes.",
    ],
)
def test_dates_and_ordinary_numbers_are_left_alone(text: str) -> None:
    assert detect(text, []) == []


@pytest.mark.parametrize(
    "email",
    [
        "davit.sargsyan@example.org",
        "DAVIT+news@Example.ORG",
        "давит@пример.рф",
        "davit [at] example [dot] org",
        "davit(at)example.org",
        "davit dot sargsyan at gmail dot com",
        "da\u00advit@example.org",  # soft hyphen inside
        "davit＠example．org",  # fullwidth @ and dot
    ],
)
def test_email_addresses_become_a_token(email: str) -> None:
    text = f"Write to {email}, please."
    hits = detect(text, [])
    assert [(h.text, h.kind) for h in hits] == [(email, "email")]
    assert apply_redactions(text, hits) == "Write to [email], please."


def test_messenger_handles_become_a_token() -> None:
    text = "Telegram @davit_1990, not an e-mail like a@b.am and not a lone @."
    assert redacted(text) == "Telegram [contact], not an e-mail like [email] and not a lone @."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My passport number was AP 1234567; they took it.", "was [document];"),
        ("Passport AN0123456 issued", "Passport [document] issued"),
        ("паспорт серии 45 07 № 123456, выдан", "паспорт серии [document], выдан"),
        ("паспорт 4507 123456", "паспорт [document]"),
        ("паспорт: 45 07 123456", "паспорт: [document]"),
        ("загранпаспорт 75 1234567", "загранпаспорт [document]"),
        ("Azerbaijani passport C01234567", "passport [document]"),
        ("ID card AZE12345678", "ID card [document]"),
        ("Georgian passport 15AB12345", "passport [document]"),
        ("паспорт МК 123456", "паспорт [document]"),
        ("ID card no. 001234567 was kept", "ID card no. [document] was kept"),
        ("անձնագիր AK0123456", "անձնագիր [document]"),
        ("şəxsiyyət vəsiqəsi № 12345678", "vəsiqəsi [document]"),
        ("военный билет АБ № 1234567", "билет [document]"),
        ("serial SN-5531-7720-XK on the tag", "serial [document] on the tag"),
    ],
)
def test_document_numbers_become_a_token(text: str, expected: str) -> None:
    out = redacted(text)
    assert expected in out, out
    assert not any(ch.isdigit() for ch in out.split("[document]", 1)[1][:3])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We were held at 40.1792, 44.4991 for days.", "held at [location] for days."),
        ("at 40,1792; 44,4991.", "at [location]."),
        ("at N40.1792 E44.4991.", "at [location]."),
        ("at 40.1792° N, 44.4991° E.", "at [location]."),
        ("at -33.8688, 151.2093.", "at [location]."),
        ("near 40°10'45\"N 44°29'57\"E.", "near [location]."),
        ("near 40°10′45″N, 44°29′57″E.", "near [location]."),
        ("около 40°10′45″ с.ш. 44°29′57″ в.д.", "около [location]"),
        ("near 40°10.75'N 44°29.95'E.", "near [location]."),
        ("the point 40.1792° alone", "the point [location] alone"),
    ],
)
def test_coordinates_become_a_location_token(text: str, expected: str) -> None:
    hits = detect(text, [])
    assert {h.reason for h in hits} == {"location"}
    assert apply_redactions(text, hits).endswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "It is 40°C outside and 12.5 km away.",
        "values 1.2345, 2.3456 in the table?",  # plausible coordinates do look like this...
    ],
)
def test_things_that_are_not_coordinates(text: str) -> None:
    kinds = {h.kind for h in detect(text, [])}
    if "1.2345" in text:
        # ...and are proposed: a reviewer rejects a table value, a leaked place is worse.
        assert kinds == {"coordinates"}
    else:
        assert kinds == set()


def test_out_of_range_pairs_are_not_coordinates() -> None:
    assert detect("ratio 123.4567, 456.7891", []) == []


def test_an_overlap_between_phone_and_document_is_one_document() -> None:
    # Ten digits after "паспорт" are also a possible Russian phone number.
    text = "паспорт 4507123456."
    hits = detect(text, [])
    assert [(h.text, h.kind, h.replacement) for h in hits] == [
        ("4507123456", "document", "[document]")
    ]
