"""Phone numbers: everything a person would read as one, valid or not.

A number that is wrong by one digit still identifies its owner, so nothing here depends on
a number being valid. The rules are about shape; ``phonenumbers`` only recognises and
explains (``valid AM mobile``, ``9 national digits, AM numbers have 8``), it never decides
whether a number is proposed.

Everything runs on the folded text (NFKC, invisible characters removed): fullwidth or
Persian digits and a zero-width space inside a number change nothing.

**Runs.** Digits joined by what people put between them: spaces, dots, dashes, slashes,
brackets, and at most one line break per number (a number wrapped at the end of a line,
with or without a hyphen), optionally led by ``+`` or ``(``. A run never starts inside a
word or a code (``C-001``, ``W-003``, ``T14``) nor inside a decimal number (``1,500``).

**Pieces.** A run is read as a sequence of pieces, and the reading that explains the
most digits wins: each digit a piece explains counts 10, a date, a year range, a record
number, a decimal number or an amount 15 more, a time 5 more, and a line break inside a
number 5 less (validity plays no part). So ``14 03 2021 091 23 45 67`` is a date and a phone,
and two numbers on consecutive lines stay two numbers. A run led by ``+`` or ``00`` is
always read from there as one international number (``+374`` is never left standing
before a national reading of the rest). A piece is a phone when it is:

- international: ``+`` or ``00``, a country code and 6-15 more digits (7 to 18 in all),
  with any grouping: ``+374 91 234 5678`` is proposed although AM numbers have 8 digits;
- national, 9 to 15 digits in any grouping (``8 (912) 345-67-89``, ``0 55 123 45 67``,
  ``374 91 234 567`` with its ``+`` forgotten, ``123456789``);
- national, 8 digits in three or more groups led by a trunk prefix ``0`` or ``8``
  (``091 23 45 6``, one digit short);
- 7 or 8 digits valid for one of the case's regions (tried first) or of
  ``DEFAULT_REGIONS`` (``91 234 567`` in Armenia), or the local shape ``123-45-67``.

**Not phones.** Dates in the usual writings (``2021-03-14``, ``14.03.2021``,
``14/03/2021``, ``14 03 2021``), times and time ranges (``14:30``, ``14.30-16.45``), year
ranges (``1992-1994``), year-led record numbers (``2021-118-4400``, ``2020/15/3377``),
case numbers after ``№``, ``No.``, ``case`` or ``дело`` that hold a slash
(``дело № 12-345/2022``, ``case 2-1187/2021``),
decimal numbers and so coordinates (their own detector finds those), thousands-grouped
amounts ending in ``000`` and any number beside a currency sign or word or a ``%``
(``1 500 000 AMD``, ``$2,500``, ``150.000 ₽``), and a number after ``p.``, ``pages``,
``Article``, ``ст.``, ``§`` and the like (``Article 309.1``). Fewer than 7 digits is never
a phone (``p. 12-14``, ``C-001``).

**Limits, on the safe side.** Numbers separated only by spaces read as one when together
they have 9 or more digits (``1992 1993 1994``, a row of a table), and a year at the end of
a line may be read into a number that starts the next: a reviewer rejects those; a number
missed would leave with the export.

A hit is kind ``phone`` when ``phonenumbers`` calls it valid for some region, otherwise
``phone-like``; both are replaced by ``[phone]`` and carry an explanation for the person
who reviews the proposal (``phone_explain.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from vault.core.forget import on_lock
from vault.redact.phone_explain import explain

DEFAULT_REGIONS = ("AM", "AZ", "RU", "GE", "TR", "IR", "UA")

_MIN_DIGITS = 7  # no phone has fewer, written with its area or country code
_MAX_NATIONAL = 15  # E.164's longest number
_MAX_INTERNATIONAL = 18  # a three-digit country code and 15 more
_CONTEXT = 24  # characters either side of a run read for page words and currencies

# Scores of the readings of a run (see the module docstring): digits explained count most.
_PER_DIGIT = 10
_SHAPE_BONUS = 15  # a date, year range, decimal or amount beats a phone over its digits
_TIME_BONUS = 5
_LINE_BREAK_COST = 5

_SEP_CHAR = r"[ \t().\-/\u2010-\u2015\u2212]"
_SEP = rf"(?:{_SEP_CHAR}{{1,4}}|{_SEP_CHAR}{{0,3}}\r?\n{_SEP_CHAR}{{0,3}})"
_RUN = re.compile(
    rf"(?<![\w+])(?<!\w-)(?<!\d[.,])(?:\+{_SEP_CHAR}{{0,2}}|\([ ]?\+?[ ]?)?\d+(?:{_SEP}\d+)*\)?"
)
_DIGITS = re.compile(r"\d+")

# Currency signs (``patterns.py`` uses them too: two amounts are not a coordinate pair).
CURRENCY_SIGNS = "$€£¥₽֏₼₾₺₴﷼"
_CURRENCY_SIGN = f"[{CURRENCY_SIGNS}]"
_CURRENCY_WORD = (
    r"USD|EUR|AMD|RUB|RUR|AZN|GEL|TRY|TL|UAH|IRR|GBP|CHF|"
    r"dollars?|euros?|rubles?|roubles?|drams?|manats?|lari|lira|liras|hryvnias?|rials?|"
    r"руб\w*|р\.|долл\w*|евро|драм\w*|манат\w*|лари|лир\w*|грив\w*|грн|риал\w*|"
    r"դրամ\w*|դոլար\w*|եվրո|manat\w*|dollar\w*|avro|"
    r"тыс\w*|млн|млрд|thousand|million|billion|миллион\w*|миллиард\w*"
)
_MONEY_BEFORE = re.compile(rf"(?:{_CURRENCY_SIGN}|\b(?:{_CURRENCY_WORD}))\s?$", re.IGNORECASE)
_MONEY_AFTER = re.compile(
    rf"^\s?(?:%|‰|{_CURRENCY_SIGN}|(?:{_CURRENCY_WORD})(?!\w))", re.IGNORECASE
)
# A number after one of these is a page, an article or a paragraph, not a phone.
_REFERENCE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:p|pp|s|с|стр|ст|art|arts|sec|par|п|ч|maddə|madde|md|հոդ|էջ)\.|"
    r"(?<!\w)(?:pages?|articles?|sections?|paragraphs?|статья|статьи|статье|статью|"
    r"статей|страниц\w*|пункт\w*|част\w*|հոդված\w*|էջ\w*|maddə\w*|madde\w*|səhifə\w*|"
    r"sayfa\w*|bənd\w*|fıkra\w*)|§)\s?$",
    re.IGNORECASE,
)
# A run after one of these that holds a slash is a case or file number ("дело № 12-345/2022",
# "case 2-1187/2021"): a phone after "№" or "case" has no slash, and stays a phone.
_RECORD_SIGN_BEFORE = re.compile(
    r"(?:№|(?<!\w)(?:No|N°|Nº)\.?|(?<!\w)(?:cases?|files?|дел[оау]|iş|işi|işin|գործ\w*))\s?$",
    re.IGNORECASE,
)
_COLON_TIME_AFTER = re.compile(r"^:\d\d")
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_THOUSANDS_SEPS = frozenset({" ", ".", "\u00a0", "\u202f"})


@dataclass(frozen=True)
class PhoneHit:
    """A phone number found in the folded text: offsets, ``phone`` or ``phone-like``, why."""

    start: int
    end: int
    kind: str
    explanation: str


def detection_regions(case_regions: Sequence[str] = ()) -> tuple[str, ...]:
    """The regions detection tries for national formats: the case's first, in their order,
    then ``DEFAULT_REGIONS``, each once."""
    return tuple(dict.fromkeys([*(r.upper() for r in case_regions), *DEFAULT_REGIONS]))


def find_phones(text: str, regions: Sequence[str]) -> list[PhoneHit]:
    """Every phone number and phone-like number in ``text`` (folded), by the module's rules.

    ``regions`` only order and widen recognition (7-8 digit numbers valid there, the
    explanation); a number is never dropped for being invalid in them.
    """
    found: list[PhoneHit] = []
    region_key = tuple(regions)
    for run in _RUN.finditer(text):
        body = run.group()
        if sum(c.isdigit() for c in body) < _MIN_DIGITS:
            continue
        before = text[max(0, run.start() - _CONTEXT) : run.start()].rsplit("\n", 1)[-1]
        after = text[run.end() : run.end() + _CONTEXT].split("\n", 1)[0]
        lead = "ref" if _REFERENCE_BEFORE.search(before) else ""
        lead = "record" if "/" in body and _RECORD_SIGN_BEFORE.search(before) else lead
        lead = "money" if _MONEY_BEFORE.search(before) else lead
        trail = "money" if _MONEY_AFTER.match(after) else ""
        trail = "time" if _COLON_TIME_AFTER.match(after) else trail
        for start, end, kind, why in phones_in_run(body, lead, trail, region_key):
            found.append(PhoneHit(run.start() + start, run.start() + end, kind, why))
    return found


# ---- one run --------------------------------------------------------------------------


# A phone reading of some tokens: start and end in the run, its digits, international?
_Piece = tuple[int, int, str, bool]


@dataclass(frozen=True)
class _Token:
    digits: str  # ASCII digits
    start: int  # offsets in the run
    end: int
    sep: str  # what stands between the previous token and this one (the prefix for the first)


def _tokens(run: str) -> list[_Token]:
    tokens: list[_Token] = []
    previous = 0
    for m in _DIGITS.finditer(run):
        ascii_digits = "".join(str(unicodedata.decimal(c)) for c in m.group())
        tokens.append(_Token(ascii_digits, m.start(), m.end(), run[previous : m.start()]))
        previous = m.end()
    return tokens


def _barriers(tokens: list[_Token], lead: str, trail: str) -> list[bool]:
    """Tokens that cannot be part of a phone: a page or article number, an amount beside
    its currency, the hour of a ``14:30``."""
    barrier = [False] * len(tokens)
    if lead == "record":
        # The record number runs to its last slash, and on over tight dashes ("-13").
        last = max(k for k, tok in enumerate(tokens) if "/" in tok.sep)
        while last + 1 < len(tokens) and tokens[last + 1].sep.strip() in _DASHES:
            last += 1
        barrier[: last + 1] = [True] * (last + 1)
        lead = ""
    if lead:
        barrier[0] = True
        for k in range(1, len(tokens)):
            sep = tokens[k].sep.strip()
            if (lead == "ref" and (sep in (".", "/") or sep in _DASHES)) or (
                lead == "money" and len(tokens[k].digits) == 3 and tokens[k].sep in _THOUSANDS_SEPS
            ):
                barrier[k] = True
            else:
                break
    if trail:
        k = len(tokens) - 1
        barrier[k] = True
        while trail == "money" and k > 0:
            if len(tokens[k].digits) != 3 or tokens[k].sep not in _THOUSANDS_SEPS:
                break
            k -= 1
            barrier[k] = True
    return barrier


def _sep_kind(sep: str) -> str:
    """'' for plain space, else the one punctuation character of a separator ('?' if more)."""
    stripped = sep.strip(" \t")
    if not stripped:
        return " " if sep else ""
    if len(stripped) == 1:
        return "-" if stripped in _DASHES else stripped
    return "?"


def _year(digits: str) -> bool:
    return len(digits) == 4 and 1800 <= int(digits) <= 2199


def _day_month(a: str, b: str) -> bool:
    if len(a) > 2 or len(b) > 2:
        return False
    x, y = int(a), int(b)
    return (1 <= x <= 31 and 1 <= y <= 12) or (1 <= x <= 12 and 1 <= y <= 31)


def _explained(tokens: list[_Token], k: int) -> list[tuple[int, int]]:
    """Readings other than a phone that start at token ``k``: (tokens used, score).

    The short shapes (a date with a two-digit year, a time, a decimal number) count only
    standing alone: inside ``01.23.45.67.89`` they are pieces of a phone number.
    """
    out: list[tuple[int, int]] = []
    t = [tok.digits for tok in tokens[k : k + 4]]
    seps = [_sep_kind(tok.sep) for tok in tokens[k + 1 : k + 4]]
    if len(t) >= 3 and seps[0] == seps[1] and seps[0] in (".", " ", "-", "/"):
        long_year = _year(t[2]) or (_year(t[0]) and _day_month(t[2], t[1]) and int(t[1]) <= 12)
        short_year = len(t[2]) == 2 and seps[0] != " " and _isolated(tokens, k, 3, seps[0])
        if (_day_month(t[0], t[1]) and (_year(t[2]) or short_year)) or long_year:
            out.append((3, _shape(t[:3])))
    time_range = len(t) >= 4 and seps[0] in (".", ":") and seps[1] == "-" and seps[2] == seps[0]
    if time_range and _clock(t[0], t[1]) and _clock(t[2], t[3]):
        out.append((4, _shape(t)))
    if len(t) >= 2:
        if seps[0] in ("-", "/") and _year(t[0]) and _year(t[1]):
            out.append((2, _shape(t[:2])))
        if seps[0] == "." and _isolated(tokens, k, 2, "."):
            if _clock(t[0], t[1]):
                out.append((2, _shape(t[:2], _TIME_BONUS)))
            if tokens[k + 1].sep == ".":
                out.append((2, _shape(t[:2])))  # a decimal number, or half a coordinate
    reference = _reference_length(tokens, k)
    if reference:
        out.append((reference, _shape([tok.digits for tok in tokens[k : k + reference]])))
    amount = _amount_length(tokens, k)
    if amount:
        out.append((amount, _shape([tok.digits for tok in tokens[k : k + amount]])))
    return out


def _isolated(tokens: list[_Token], k: int, used: int, sep: str) -> bool:
    """Tokens k..k+used-1 are not continued on either side by the same separator."""
    before = k > 0 and _sep_kind(tokens[k].sep) == sep
    after = k + used < len(tokens) and _sep_kind(tokens[k + used].sep) == sep
    return not before and not after


def _shape(groups: Sequence[str], bonus: int = _SHAPE_BONUS) -> int:
    return _PER_DIGIT * sum(len(g) for g in groups) + bonus


def _clock(hours: str, minutes: str) -> bool:
    return len(hours) <= 2 and int(hours) <= 24 and len(minutes) == 2 and int(minutes) <= 59


def _reference_length(tokens: list[_Token], k: int) -> int:
    """Tokens of a year-led record number (``2021-118-4400``, ``2020/15/3377``) starting
    at ``k``: a year, then two or more groups joined by the same dash or slash, no spaces."""
    if not _year(tokens[k].digits) or (k > 0 and tokens[k].sep in ("-", "/")):
        return 0
    sep = tokens[k + 1].sep if k + 1 < len(tokens) else ""
    if sep not in ("-", "/"):
        return 0
    j = k + 1
    while j < len(tokens) and tokens[j].sep == sep:
        j += 1
    return j - k if j - k >= 3 else 0


def _amount_length(tokens: list[_Token], k: int) -> int:
    """Tokens of a thousands-grouped amount ending in 000 starting at ``k`` (0 if none)."""
    first = tokens[k].digits
    if not 1 <= len(first) <= 3 or first.startswith("0"):
        return 0
    j = k + 1
    sep = tokens[j].sep if j < len(tokens) else ""
    while j < len(tokens) and tokens[j].sep == sep and sep in _THOUSANDS_SEPS:
        if len(tokens[j].digits) != 3:
            break
        j += 1
    while j - 1 > k and tokens[j - 1].digits != "000":
        j -= 1
    return j - k if j - k >= 2 else 0


@lru_cache(maxsize=4096)
def phones_in_run(
    run: str, lead: str, trail: str, regions: tuple[str, ...]
) -> tuple[tuple[int, int, str, str], ...]:
    """The phone pieces of one run: (start, end, kind, explanation), offsets in ``run``.

    ``lead``/``trail`` say what stands beside the run ("ref": a page or article word
    before it; "money": a currency or %; "time": ``:30`` after it). Cached: a statement
    repeats its numbers, and a batch of statements its dates.
    """
    tokens = _tokens(run)
    if not tokens:
        return ()
    barrier = _barriers(tokens, lead, trail)
    international_run = "+" in tokens[0].sep or (
        tokens[0].digits.startswith("00") and tokens[0].digits[2:3] not in ("", "0")
    )
    count = len(tokens)
    best = [0] * (count + 1)
    choice: list[tuple[int, _Piece | None]] = [(0, None)] * (count + 1)
    for k in range(count - 1, -1, -1):
        options: list[tuple[int, int, _Piece | None]] = [(best[k + 1], k + 1, None)]
        options += [
            (score + best[k + used], k + used, None) for used, score in _explained(tokens, k)
        ]
        phones = list(
            _phone_options(run, tokens, barrier, k, k == 0 and international_run, regions)
        )
        if k == 0 and international_run and phones:
            options = []  # a "+374" is never left standing before a national reading
        options += [(score + best[j + 1], j + 1, piece) for score, j, piece in phones]
        # Highest score; among equals the first listed (a skip, then a date, then a phone).
        best[k], following, piece = max(options, key=lambda option: option[0])
        choice[k] = (following, piece)
    # Only the pieces chosen are explained: phonenumbers is the slow part.
    pieces = []
    k = 0
    while k < count:
        k, piece = choice[k]
        if piece is not None:
            start, end, digits, international = piece
            pieces.append((start, end, *explain(digits, international, regions)))
    return tuple(pieces)


def _phone_options(
    run: str,
    tokens: list[_Token],
    barrier: list[bool],
    k: int,
    international: bool,
    regions: tuple[str, ...],
) -> Iterator[tuple[int, int, _Piece]]:
    """Every phone reading of tokens k..j: (score, j, piece)."""
    digits = ""
    breaks = 0
    for j in range(k, len(tokens)):
        if barrier[j]:
            return
        if j > k and "\n" in tokens[j].sep:
            breaks += 1
        if breaks > 1:
            return
        digits += tokens[j].digits
        if len(digits) > _MAX_INTERNATIONAL:
            return
        piece = _phone_piece(tokens, k, j, digits, international, regions)
        if piece is not None:
            score = _PER_DIGIT * len(piece[0]) - _LINE_BREAK_COST * breaks
            yield (score, j, (*_span(run, tokens, k, j), *piece))


def _span(run: str, tokens: list[_Token], k: int, j: int) -> tuple[int, int]:
    """Where tokens k..j are in the run, with a bracket or + that opens or closes them."""
    start = 0 if k == 0 else tokens[k].start
    if k > 0 and tokens[k].sep.rstrip(" ").endswith(("(", "+")):
        start = tokens[k].start - (len(tokens[k].sep) - len(tokens[k].sep.rstrip(" ")) + 1)
    end = tokens[j].end
    if end < len(run) and run[end] == ")":
        end += 1
    return (start, end)


def _phone_piece(
    tokens: list[_Token],
    k: int,
    j: int,
    digits: str,
    international: bool,
    regions: tuple[str, ...],
) -> tuple[str, bool] | None:
    """(the number's digits, international?) if tokens k..j are a phone number by the
    rules, else None. Only 7-8 digit national numbers need ``phonenumbers`` to decide."""
    if international:
        number = digits[2:] if digits.startswith("00") else digits
        return (number, True) if _MIN_DIGITS <= len(number) <= _MAX_INTERNATIONAL else None
    n = len(digits)
    if not _MIN_DIGITS <= n <= _MAX_NATIONAL:
        return None
    if n >= 9 or (digits[0] in "08" and n == 8 and j - k + 1 >= 3):
        return (digits, False)
    local_shape = (
        n == 7
        and [len(t.digits) for t in tokens[k : j + 1]] == [3, 2, 2]
        and all(_sep_kind(t.sep) in ("-", " ") for t in tokens[k + 1 : j + 1])
    )
    if local_shape or explain(digits, False, regions)[0] == "phone":
        return (digits, False)
    return None


@on_lock
def _forget_cached() -> None:
    # Cached phones_in_run results are pieces of statements; a closed vault leaves none.
    phones_in_run.cache_clear()
