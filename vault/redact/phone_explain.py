"""Recognising and explaining a number that ``phones.py`` found by its shape.

``phonenumbers`` says whether a number is valid and of what kind (``valid AM mobile``), or
how it misses (``not valid: 9 national digits, AM numbers have 8``). The answer is for the
person who reviews the proposal; it never decides whether a number is proposed, except
that a 7 or 8 digit national number with no telling shape is a phone only when valid for
one of the regions tried (``phones._phone_piece``).
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumber, PhoneNumberType

from vault.core.forget import on_lock

_TYPES = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "landline",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "landline or mobile",
    PhoneNumberType.TOLL_FREE: "toll-free",
    PhoneNumberType.PREMIUM_RATE: "premium-rate",
    PhoneNumberType.SHARED_COST: "shared-cost",
    PhoneNumberType.VOIP: "VoIP",
    PhoneNumberType.PERSONAL_NUMBER: "personal",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "company",
    PhoneNumberType.VOICEMAIL: "voicemail",
}


def _parse(number: str, region: str | None) -> PhoneNumber | None:
    try:
        return phonenumbers.parse(number, region)
    except NumberParseException:
        return None


def _valid(number: PhoneNumber) -> str:
    region = phonenumbers.region_code_for_number(number) or "international"
    kind = _TYPES.get(phonenumbers.number_type(number), "number")
    return f"valid {region} {kind}"


def _length_note(national: str, region: str) -> tuple[int, str]:
    """How far ``national`` (digits without country code or trunk prefix) is from the
    region's number lengths, and a sentence saying so."""
    metadata = PhoneMetadata.metadata_for_region(region)
    general = metadata.general_desc if metadata else None
    lengths = sorted(general.possible_length or ()) if general else []
    if not lengths:
        return (99, f"not valid for {region}")
    if len(national) in lengths:
        return (0, f"not valid: {region} length, but no {region} range starts so")
    distance = min(abs(len(national) - n) for n in lengths)
    expected = " or ".join(str(n) for n in lengths)
    return (
        distance,
        f"not valid: {len(national)} national digits, {region} numbers have {expected}",
    )


def _region_of(number: PhoneNumber | None) -> str:
    """The main region of the number's country code ("ZZ" or "" when there is none)."""
    if number is None or number.country_code is None:
        return ""
    return str(phonenumbers.region_code_for_country_code(number.country_code))


def _without_trunk(digits: str, region: str) -> str:
    metadata = PhoneMetadata.metadata_for_region(region)
    prefix = (metadata.national_prefix if metadata else None) or ""
    return digits[len(prefix) :] if prefix and digits.startswith(prefix) else digits


@lru_cache(maxsize=4096)
def explain(digits: str, international: bool, regions: tuple[str, ...]) -> tuple[str, str]:
    """(kind, explanation) for a number found by shape: ``("phone", "valid AM mobile")`` or
    ``("phone-like", "not valid: 9 national digits, AM numbers have 8")``.

    ``digits`` are ASCII digits only; for an international number, those after ``+``/``00``.
    National numbers are tried in ``regions`` in order, then as a country code whose ``+``
    was left out. The answer only describes: every caller proposes the number either way.
    """
    if international:
        number = _parse("+" + digits, None)
        region = _region_of(number)
        if number is None or region in ("", "ZZ"):
            return ("phone-like", "not valid: no country has the code it starts with")
        if phonenumbers.is_valid_number(number):
            return ("phone", _valid(number))
        national = phonenumbers.national_significant_number(number)
        return ("phone-like", _length_note(national, region)[1])
    notes: list[tuple[int, int, str]] = []
    for region in regions:
        number = _parse(digits, region)
        if number is None:
            continue
        if phonenumbers.is_valid_number(number):
            return ("phone", _valid(number) + ", national form")
        national = _without_trunk(digits, region)
        distance, note = _length_note(national, region)
        # A number led by a region's own trunk prefix (8 in RU, 0 in AM) is explained
        # against that region first, then one led by a region's country code.
        notes.append((0 if national != digits else 2, distance, note + " (national form)"))
    without_plus = _parse("+" + digits, None)
    if without_plus is not None:
        if phonenumbers.is_valid_number(without_plus):
            return ("phone", _valid(without_plus) + ", written without +")
        region = _region_of(without_plus)
        if region in regions:
            national = phonenumbers.national_significant_number(without_plus)
            distance, note = _length_note(national, region)
            notes.append((1, distance, note + f" (+{without_plus.country_code} left out?)"))
    if not notes:
        return ("phone-like", "not valid for any region tried")
    return ("phone-like", min(notes, key=lambda note: note[:2])[2])


@on_lock
def _forget_cached() -> None:
    # Cached explain results are pieces of statements; a closed vault leaves none.
    explain.cache_clear()
