"""Dates as witnesses remember them: ISO 8601 with a precision.

A witness may know "9 November 2020", only "November 2020" or "2020", or only "around
November 2020".  A PartialDate keeps the ISO 8601 value at the granularity known
(YYYY-MM-DD, YYYY-MM or YYYY) and one of four precisions: ``day``, ``month``, ``year``
or ``approximate`` (an approximate date keeps whichever granularity was given).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from vault.core.errors import InputError

PRECISIONS = ("day", "month", "year", "approximate")
MIN_YEAR = 1800
MAX_YEAR = 2200

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(MONTHS)} | {
    name[:3]: i + 1 for i, name in enumerate(MONTHS)
}
_APPROXIMATE_WORDS = re.compile(
    r"^(~|around\b|about\b|approx\.?|approximately\b|circa\b|ca\.|c\.)\s*", re.IGNORECASE
)
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?,?\s+(\d{4})$", re.IGNORECASE)
_FORMS = (
    "use YYYY-MM-DD, YYYY-MM or YYYY (or e.g. '9 November 2020'), with '~' or 'around' "
    "in front for an approximate date"
)


@dataclass(frozen=True, order=True)
class PartialDate:
    """An ISO 8601 date at the precision known.  Ordering follows the ISO value."""

    value: str
    precision: str

    @property
    def granularity(self) -> str:
        """``day``, ``month`` or ``year``: how much of the value is known."""
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]

    def describe(self) -> str:
        """How a person reads it: '9 November 2020', 'around November 2020', '2020'."""
        year = self.value[:4]
        if self.granularity == "year":
            text = year
        else:
            month = MONTHS[int(self.value[5:7]) - 1].capitalize()
            text = f"{month} {year}"
            if self.granularity == "day":
                text = f"{int(self.value[8:10])} {text}"
        return f"around {text}" if self.precision == "approximate" else text

    def as_json(self) -> dict[str, Any]:
        """{"value": ISO 8601, "precision": ..., "text": the readable form}."""
        return {"value": self.value, "precision": self.precision, "text": self.describe()}

    @classmethod
    def from_columns(cls, value: str | None, precision: str | None) -> PartialDate | None:
        """Rebuild from the two stored columns (None when no date was given)."""
        if value is None:
            return None
        return cls(value, precision or _granularity_of(value))


def _granularity_of(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}[len(value)]


def _build(year: int, month: int | None, day: int | None, text: str, what: str) -> str:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputError(f"The {what} {text!r} has a year outside {MIN_YEAR}-{MAX_YEAR}.")
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise InputError(f"The {what} {text!r} has no month {month}.")
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise InputError(f"The {what} {text!r} is not a day of the calendar.") from None


def _month(name: str, text: str, what: str) -> int:
    number = _MONTH_NUMBER.get(name.lower())
    if number is None:
        raise InputError(f"Cannot read the {what} {text!r}: {_FORMS}.")
    return number


def parse_date(text: str, what: str = "date") -> PartialDate:
    """Read a date typed by a person.

    Accepts ISO 8601 ``2020-11-09``, ``2020-11``, ``2020``; English ``9 November 2020``,
    ``November 9, 2020``, ``Nov 2020``; ``~``, ``around``, ``about``, ``circa``, ``ca.``
    in front (or ``~`` / ``?`` behind, as in ISO 8601-2) for an approximate date.
    Refuses anything else, impossible days (2021-02-30) and years outside 1800-2200,
    with a message that names ``what`` and shows the accepted forms.
    """
    original = text
    text = " ".join(text.split())
    approximate = False
    match = _APPROXIMATE_WORDS.match(text)
    if match:
        approximate = True
        text = text[match.end() :]
    if text.endswith(("~", "?")):
        approximate = True
        text = text[:-1].rstrip()
    if not text:
        raise InputError(f"Cannot read the {what} {original!r}: {_FORMS}.")
    if m := _ISO.match(text):
        year, month, day = m.group(1), m.group(2), m.group(3)
        value = _build(
            int(year), int(month) if month else None, int(day) if day else None, original, what
        )
    elif m := _DAY_MONTH_YEAR.match(text):
        value = _build(
            int(m.group(3)), _month(m.group(2), original, what), int(m.group(1)), original, what
        )
    elif m := _MONTH_DAY_YEAR.match(text):
        value = _build(
            int(m.group(3)), _month(m.group(1), original, what), int(m.group(2)), original, what
        )
    elif m := _MONTH_YEAR.match(text):
        value = _build(int(m.group(2)), _month(m.group(1), original, what), None, original, what)
    else:
        raise InputError(f"Cannot read the {what} {original!r}: {_FORMS}.")
    return PartialDate(value, "approximate" if approximate else _granularity_of(value))


def as_partial_date(value: PartialDate | str | None, what: str = "date") -> PartialDate | None:
    """A PartialDate from either a PartialDate or text (parsed); None stays None."""
    if value is None or isinstance(value, PartialDate):
        return value
    return parse_date(value, what)


def today() -> PartialDate:
    """Today's date in UTC, at day precision."""
    return PartialDate(datetime.now(UTC).date().isoformat(), "day")


def human_time(utc: str | None) -> str:
    """A stored UTC time (``2026-12-02T17:50:25.699115Z``) as a person reads it everywhere:
    ``2026-12-02 17:50 UTC``; "-" for none.  A value that does not read as a time is
    shown as stored, never refused.  Machine output keeps the ISO 8601 form."""
    if not utc:
        return "-"
    try:
        moment = datetime.fromisoformat(utc.replace("Z", "+00:00"))
    except ValueError:
        return utc
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")
