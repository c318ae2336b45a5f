"""The last look before a bundle is written: every record code its texts use is one that
``data/records.json`` defines.

A reader of a bundle looks a code up in records.json (``W-7KQ3MX``: that person's roles;
``S-001``: that statement).  A code in a text with no entry there is either a vault code
that slipped through (``W-003`` tells how many witnesses the case holds, and links the
text to the sender's vault) or a word that reads like a code and sends the reader to a
record that is not there.  Either way the export is refused before anything is written,
naming the file and the code; the person redacts or corrects that text.

What is read: the statement texts and translations, the text layer of the statement
PDFs (read back with PDFium from the bytes that will be written), records.json itself
(its free texts: places, incident descriptions, facility names), and the tag files
(bag-info, manifests, custody log, redactions.csv).  Attachments are not: their text is
the original document's, redacted as reviewed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from vault.core.errors import InputError
from vault.core.pdf_text import extract_pages

# Letters of codes a bundle uses: the case, persons by role, statements, attachments,
# facilities (F-001) and incidents (N-001).
CODE_LETTERS = "CWVPITXSAFN"
# A numbered code (W-003, S-001) or an export code (W-7KQ3MX: six Crockford base32
# characters, at least one a letter), standing alone: not inside a longer word or number
# (COVID-19, AB-1234, A-12345-B).
CODE_PATTERN = re.compile(
    rf"(?<![0-9A-Za-z-])[{CODE_LETTERS}]-(?:[0-9]{{3,}}|[0-9A-HJKMNP-TV-Z]{{6}})(?!-?[0-9A-Za-z])"
)
_CHECKED_TAGS = (".txt", ".csv", ".jsonl")


class UndefinedCode(InputError):
    """An exported text uses a record code records.json does not define."""


def defined_codes(records: Mapping[str, Any]) -> set[str]:
    """The codes records.json defines: the case's, every person's, statement's,
    attachment's, facility's and incident's reference, and a code that is a person's
    name or alias there (a person imported from an anonymized bundle is known by the code
    it came with: the entry says who that is)."""
    codes = {str(records.get("case", {}).get("code", ""))}
    for kind in ("persons", "statements", "attachments", "facilities", "incidents"):
        codes |= {str(entry.get("ref", "")) for entry in records.get(kind, [])}
    for person in records.get("persons", []):
        for name in [person.get("name"), *(person.get("aliases") or [])]:
            if isinstance(name, str):
                codes.update(codes_in(name))
    return codes - {""}


def codes_in(text: str) -> list[str]:
    """The record codes ``text`` uses, in order of first appearance."""
    return list(dict.fromkeys(CODE_PATTERN.findall(text)))


def texts_of(files: Mapping[str, bytes]) -> Iterable[tuple[str, str]]:
    """(name, text) of every bundle file a person reads as text: statement texts and
    PDFs (their text layer), records.json and the tag files; attachments are skipped."""
    for name, data in sorted(files.items()):
        if name.startswith("data/attachments/") or name.startswith("signature/"):
            continue
        if name.endswith(".pdf"):
            pages = extract_pages(data)
            if pages is None:
                raise InputError(
                    f"{name} could not be read back before writing; nothing was exported.",
                    data={"file": name},
                )
            yield name, "\n".join(pages)
        elif name.endswith(_CHECKED_TAGS) or name.endswith(".json"):
            yield name, data.decode("utf-8", errors="replace")


def check_codes_defined(records_json: bytes, files: Mapping[str, bytes]) -> None:
    """Refuse (UndefinedCode, naming the file and the code) a bundle in which some text of
    ``files`` uses a record code that ``records_json`` does not define."""
    known = defined_codes(json.loads(records_json))
    for name, text in texts_of(files):
        for code in codes_in(text):
            if code not in known:
                raise UndefinedCode(
                    f"{name} would carry {code}, which reads as a record code but names no "
                    "record of this bundle (records.json has no entry for it); redact or "
                    "correct that text; nothing was exported.",
                    data={"file": name, "code": code},
                    hint="redact-code",
                )
