"""Dates with a precision, as witnesses remember them."""

from __future__ import annotations

import pytest

from vault.core.dates import PartialDate, parse_date
from vault.core.errors import InputError


@pytest.mark.parametrize(
    ("text", "value", "precision", "reads"),
    [
        ("2020-11-09", "2020-11-09", "day", "9 November 2020"),
        ("2020-11", "2020-11", "month", "November 2020"),
        ("2020", "2020", "year", "2020"),
        ("9 November 2020", "2020-11-09", "day", "9 November 2020"),
        ("November 9, 2020", "2020-11-09", "day", "9 November 2020"),
        ("Nov 2020", "2020-11", "month", "November 2020"),
        ("around November 2020", "2020-11", "approximate", "around November 2020"),
        ("~2020-11", "2020-11", "approximate", "around November 2020"),
        ("2020-11~", "2020-11", "approximate", "around November 2020"),
        ("circa 1990", "1990", "approximate", "around 1990"),
        ("  about   14 March 2021 ", "2021-03-14", "approximate", "around 14 March 2021"),
    ],
)
def test_dates_people_type_are_read_with_their_precision(
    text: str, value: str, precision: str, reads: str
) -> None:
    parsed = parse_date(text)
    assert parsed == PartialDate(value, precision)
    assert parsed.describe() == reads
    assert parsed.as_json() == {"value": value, "precision": precision, "text": reads}


@pytest.mark.parametrize(
    "text", ["2021-02-30", "2020-13", "20201", "yesterday", "around", "", "1700", "Smarch 2020"]
)
def test_impossible_or_unreadable_dates_are_refused_with_the_forms_to_use(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(text, "interview date")
    assert "interview date" in str(caught.value)


def test_stored_columns_round_trip() -> None:
    date = parse_date("around 2020-11")
    assert PartialDate.from_columns(date.value, date.precision) == date
    assert PartialDate.from_columns(None, None) is None
