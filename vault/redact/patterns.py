"""Contact details, document numbers and coordinates: found by shape, not by registry.

Everything here runs on the NFKC copy of the text with invisible characters removed
(``normalize.fold(..., for_names=False)``): a zero-width space inside a phone number or
fullwidth digits do not hide it. Case is kept, so "AP 1234567" looks like a passport
number and "is 1234567" does not.

Phone numbers have their own module, ``vault/redact/phones.py``: everything a person
would read as a phone number is proposed, valid or not (kind ``phone`` or ``phone-like``,
with an explanation); ``phonenumbers`` only explains.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vault.core.normalize import MappedText
from vault.redact.hits import TOKENS, Hit
from vault.redact.phones import CURRENCY_SIGNS, DEFAULT_REGIONS, detection_regions, find_phones

__all__ = ["DEFAULT_REGIONS", "detection_regions", "find_patterns"]

# E-mail, also with the usual disguises: "name [at] host [dot] org", "name(at)host.org".
_AT = r"(?:@|\s?[\[({]\s?(?:at|собака|шнорик)\s?[\])}]\s?)"
_DOT = r"(?:\.|\s?[\[({]\s?(?:dot|точка)\s?[\])}]\s?)"
_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w.+-]*\w{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[^\W\d_]{{2,}}(?![\w-])",
    re.IGNORECASE,
)
# ... and spelled out in words: "davit dot sargsyan at gmail dot com".
_EMAIL_IN_WORDS = re.compile(
    r"(?<![\w.])\w+(?:\s+(?:dot|точка)\s+\w+)*\s+(?:at|собака)\s+\w+(?:\s+(?:dot|точка)\s+\w+)+",
    re.IGNORECASE,
)
# Messenger and social-network handles (@name): they lead to a person as surely as e-mail.
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_.]{3,31}(?<!\.)(?![\w@])")

# Document numbers. Shapes of passports and identity cards of the region, standing alone:
_DOCUMENT_SHAPES = re.compile(
    r"(?<![\w-])(?:"
    r"[A-Z]{2}\s?\d{7}"  # AM, AZ passports: AN0123456, AP 1234567
    r"|[A-Z]\d{8}"  # AZ and TR passports: C01234567, U12345678
    r"|AZE\s?\d{8}"  # AZ identity card
    r"|\d{2}\s\d{2}\s(?:No\.?\s?)?\d{6}"  # RU internal passport: 45 07 123456, 45 07 № 123456
    r"|\d{2}\s\d{7}"  # RU foreign passport: 75 1234567
    r"|\d{2}[A-Z]{2}\d{5}"  # GE passport: 15AB12345
    r"|[А-ЯЁІЇЄ]{2}\s?(?:No\.?)?\s?\d{6}"  # UA and old Soviet-style series: МК 123456
    r"|(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){6})[A-Z0-9]+(?:-[A-Z0-9]+){2,}"  # SN-5531-7720-XK
    r")(?![\w-])"
)
# ... and any number after the name of a document: "паспорт № 0123456", "passport no.".
_DOCUMENT_WORDS = (
    r"passport|pasport|паспорт\w*|անձնագ\w*|vəsiqə\w*|kimlik|"
    r"ID[\s-]?card|identity\s+card|удостоверени\w*|посвідчен\w*|"
    r"military\s+ID|военн\w+\s+билет\w*|zinvorakan|driver'?s\s+licen[cs]e|"
    r"водительск\w+\s+удостоверени\w*|social\s+card|СНИЛС|ИНН"
)
_DOCUMENT_WORD = re.compile(rf"(?<!\w)(?:{_DOCUMENT_WORDS})", re.IGNORECASE)
# NFKC has turned "№" into "No" by the time these run.
_DOCUMENT_NUMBER = re.compile(
    r"(?<![\w-])(?:[A-Za-zА-Яа-яЁёԱ-Ֆ]{1,3}[\s-]?)?(?:No\.?\s?)?"
    r"\d+(?:(?:[\s-]|\s?No\.?\s?)\d+){0,4}(?!\d)"
)
_DOCUMENT_WINDOW = 40  # characters after the document's name where its number may be
_MIN_DOCUMENT_DIGITS = 5

# Coordinates: decimal pairs, with or without hemisphere letters, and degrees-minutes-
# seconds. A lone decimal number is not a coordinate; one with a degree sign is.
_HEMI = r"[NSEWСЮВЗ]"
_DECIMAL = r"[-+−]?\d{1,3}[.,]\d{3,}"


def _decimal_point(name: str) -> str:
    return rf"(?:{_HEMI}\s?)?(?P<{name}>{_DECIMAL})(?:\s?°)?(?:\s?{_HEMI}\b)?"


# Two amounts in a row ("$2,500, 150.000 ₽") are not a place: a currency sign before the
# first or after the second rules the pair out.
_CURRENCY = CURRENCY_SIGNS
_DECIMAL_PAIR = re.compile(
    rf"(?<![\w.,{_CURRENCY}]){_decimal_point('lat')}\s?[,;/ ]\s?{_decimal_point('lon')}"
    rf"(?!\d)(?!\s?[{_CURRENCY}])"
)
_DECIMAL_DEGREES = re.compile(rf"(?<![\w.,]){_DECIMAL}\s?°(?:\s?{_HEMI}\b)?")
_DMS_POINT = (
    rf"(?:{_HEMI}\s?)?\d{{1,3}}\s?°\s?\d{{1,2}}(?:[.,]\d+)?\s?['′’]"
    r"(?:\s?\d{1,2}(?:[.,]\d+)?\s?(?:\"|″|”|''|′′))?"
    rf"(?:\s?{_HEMI}\b|\s?[сюСЮ]\.\s?ш\.|\s?[взВЗ]\.\s?д\.)?"
)
_DMS = re.compile(rf"(?<!\w){_DMS_POINT}(?:\s?[,;]?\s?{_DMS_POINT})?")


def _hit(
    original: str, folded: MappedText, start: int, end: int, kind: str, explanation: str = ""
) -> Hit:
    reason = {"phone": "contact", "phone-like": "contact", "email": "contact"}.get(kind)
    reason = reason or {"handle": "contact", "coordinates": "location"}.get(kind, "document")
    o_start, o_end = folded.original_span(start, end)
    return Hit(
        o_start, o_end, original[o_start:o_end], reason, TOKENS[kind], None, kind, explanation
    )


def _coordinates_ok(match: re.Match[str]) -> bool:
    def number(group: str) -> float:
        return abs(float(match.group(group).replace(",", ".").replace("−", "-")))

    return number("lat") <= 90 and number("lon") <= 180


def find_patterns(original: str, folded: MappedText, regions: Sequence[str]) -> list[Hit]:
    """Hits for phone numbers, e-mail addresses, handles, document numbers, coordinates.

    ``regions`` are tried in order for national phone formats (see ``phones``).

    ``folded`` is ``fold(original, for_names=False)``. Hits may overlap one another (a
    phone-shaped passport number is found twice); ``detect`` resolves that.
    """
    text = folded.text
    hits = [
        _hit(original, folded, p.start, p.end, p.kind, p.explanation)
        for p in find_phones(text, regions)
    ]
    for pattern in (_EMAIL, _EMAIL_IN_WORDS):
        hits += [_hit(original, folded, *m.span(), "email") for m in pattern.finditer(text)]
    hits += [_hit(original, folded, *m.span(), "handle") for m in _HANDLE.finditer(text)]
    hits += [_hit(original, folded, *m.span(), "document") for m in _DOCUMENT_SHAPES.finditer(text)]
    for word in _DOCUMENT_WORD.finditer(text):
        line_end = text.find("\n", word.end())
        window_end = word.end() + _DOCUMENT_WINDOW
        if line_end != -1:
            window_end = min(window_end, line_end)
        for m in _DOCUMENT_NUMBER.finditer(text, word.end(), window_end):
            if sum(c.isdigit() for c in m.group()) >= _MIN_DOCUMENT_DIGITS:
                hits.append(_hit(original, folded, *m.span(), "document"))
                break
    hits += [
        _hit(original, folded, *m.span(), "coordinates")
        for m in _DECIMAL_PAIR.finditer(text)
        if _coordinates_ok(m)
    ]
    hits += [
        _hit(original, folded, *m.span(), "coordinates")
        for pattern in (_DECIMAL_DEGREES, _DMS)
        for m in pattern.finditer(text)
    ]
    return hits
