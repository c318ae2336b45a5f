"""Text a person gives the vault: statement files, names, places, notes.

Files must be UTF-8 (a leading byte-order mark is dropped); anything else is refused with
a message naming the file, because guessing an encoding silently corrupts testimony.
Short values (names, places) are NFC-normalized single lines without control characters.
Statement bodies are kept exactly as read, since their hash and every redaction offset
refer to those characters.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import unicodedata
from pathlib import Path

from vault.core.errors import InputError

MAX_TEXT_FILE_BYTES = 32 * 1024 * 1024
_BOM = "\ufeff"


def read_text_file(path: Path, what: str = "text") -> str:
    """The whole content of a UTF-8 text file, decoded in memory (nothing written).

    Refuses, naming the file: a missing file, a folder or other non-regular file, a file
    over 32 MiB, bytes that are not UTF-8 (saying where), a NUL character (a binary file),
    and a file that is empty or only white space.
    """
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO nobody writes to would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise InputError(f"Cannot read {path}: no such file.") from None
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from None
    # Checked before fdopen, which raises IsADirectoryError itself for a folder.
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"Cannot read {path}: it is a folder, not a file.")
        raise InputError(f"Cannot read {path}: it is not a regular file.")
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > MAX_TEXT_FILE_BYTES:
            raise InputError(
                f"The {what} file {path} is larger than "
                f"{MAX_TEXT_FILE_BYTES // (1024 * 1024)} MiB; split it or attach it instead."
            )
        os.set_blocking(fd, True)
        try:
            raw = handle.read(MAX_TEXT_FILE_BYTES + 1)
        except OSError as exc:
            raise InputError(f"Cannot read {path}: {exc.strerror}.") from None
    return decode_text(raw, f"The {what} file {path}")


def decode_text(raw: bytes, label: str) -> str:
    """Decode UTF-8 bytes strictly; ``label`` names the source in the refusal."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{label} is UTF-16, not UTF-8: save it as UTF-8 and try again.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label} is not UTF-8 text (invalid byte at offset {exc.start}): "
            "save it as UTF-8 and try again."
        ) from None
    text = text.removeprefix(_BOM)
    if "\x00" in text:
        raise InputError(f"{label} contains NUL characters: it is not a text file.")
    if not text.strip():
        raise InputError(f"{label} is empty.")
    return text


# Embeddings, overrides and isolates (U+202A-202E, U+2066-2069); the ordinary marks
# U+200E/U+200F that right-to-left names may need stay allowed.
_DIRECTION_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_line(value: str, what: str, max_chars: int = 500) -> str:
    """One line of text (a name, alias, place, type): NFC, trimmed, inner white space
    collapsed.  Refuses an empty value, control characters and more than ``max_chars``."""
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if not text:
        raise InputError(f"The {what} is empty.")
    if any(unicodedata.category(c) == "Cs" for c in text):  # undecodable bytes in argv
        raise InputError(f"The {what} is not valid UTF-8 text.")
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise InputError(f"The {what} contains control characters.")
    if any(c in _DIRECTION_OVERRIDES for c in text):
        # They make a name display as something else (reversed or reordered text).
        raise InputError(f"The {what} contains invisible text-direction override characters.")
    if len(text) > max_chars:
        raise InputError(f"The {what} is longer than {max_chars} characters.")
    return text


# Persian and Indic names are spelled with these two; every other format character in a
# name only hides something (a direction mark that reorders what is displayed, a
# zero-width space that makes two names look the same and compare different).
_NAME_JOINERS = frozenset("\u200c\u200d")


def refuse_invisible(text: str, what: str) -> None:
    """Refuse invisible format characters (Unicode Cf: direction marks, embeddings,
    overrides and isolates U+200E/F, U+202A-202E, U+2066-2069, U+061C; zero-width spaces;
    soft hyphens; byte-order marks), except the joiners ZWNJ/ZWJ some scripts need."""
    found = sorted({c for c in text if unicodedata.category(c) == "Cf" and c not in _NAME_JOINERS})
    if found:
        listed = ", ".join(f"U+{ord(c):04X}" for c in found)
        raise InputError(
            f"The {what} contains invisible formatting characters ({listed}), which can "
            "make it display as something else; type it without them."
        )


# Invisible format characters (Unicode Cf, but the joiners ZWNJ and ZWJ names are spelled
# with) and the line and paragraph separators: as a regular expression class, so that
# escaping a 30 MB statement is one pass in C.
INVISIBLE_FORMAT_CLASS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
# Never shown as themselves: those, controls (Cc) and lone surrogates (Cs).
_CONTROLS = "".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)))


@functools.lru_cache(maxsize=8)
def _hidden_pattern(keep: str) -> re.Pattern[str]:
    controls = "".join(re.escape(c) for c in _CONTROLS if c not in keep)
    return re.compile(f"[{controls}\\ud800-\\udfff{INVISIBLE_FORMAT_CLASS}]")


def escape_invisible(text: str, keep: str = "") -> str:
    r"""``text`` as it is shown to a person: every control or invisible format character
    (a right-to-left override that makes ``invoice\u202egpj.exe`` read as a ``.jpg``, a
    zero-width space, a byte-order mark, a line break) written as its escape (``\u202e``,
    ``\n``); ZWNJ and ZWJ, which Persian and Indic names need, and the characters of
    ``keep`` (``"\n"`` for a text of several lines) stay. For display only: what is
    stored (an attachment's original file name is evidence) is never changed."""
    return _hidden_pattern(keep).sub(_escape_one, text)


def _escape_one(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def clean_name(value: str, what: str, max_chars: int = 500) -> str:
    """A name or title (a person's name or alias, a case title, a facility name):
    ``clean_line``, and refuses the invisible format characters ``refuse_invisible``
    names."""
    text = clean_line(value, what, max_chars)
    refuse_invisible(text, what)
    return text


def clean_optional_line(value: str | None, what: str, max_chars: int = 500) -> str | None:
    """Like ``clean_line``, but None or blank gives None."""
    if value is None or not value.strip():
        return None
    return clean_line(value, what, max_chars)


def clean_notes(value: str | None, what: str = "notes", max_chars: int = 100_000) -> str:
    """Free text over several lines (notes, descriptions): NFC, trimmed; tabs and line
    breaks kept, other control characters refused."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", value).strip()
    if any(unicodedata.category(c) == "Cs" for c in text):
        raise InputError(f"The {what} are not valid UTF-8 text.")
    if any(unicodedata.category(c) == "Cc" and c not in "\n\r\t" for c in text):
        raise InputError(f"The {what} contain control characters.")
    if len(text) > max_chars:
        raise InputError(f"The {what} are longer than {max_chars} characters.")
    return text


def same_name(a: str, b: str) -> bool:
    """True when two names are the same for a person reading them (NFKC, case-folded,
    white space collapsed)."""
    return fold_name(a) == fold_name(b)


def fold_name(name: str) -> str:
    """The comparison key of ``same_name``."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())
