"""The languages of both shells, without Qt: the shipped Qt ``.ts`` files read with the
standard library into one catalogue, the language chosen (setting, environment, system),
and ``translate`` that answers from it.

The ``.ts`` files in ``resources/translations`` are the single source of every
translation.  The command line reads them here; the window installs a QTranslator that
answers from the same catalogue (vault.gui.translator), so a checkout needs no compile
step and nothing is translated twice.  Only finished translations are used: an
unfinished or empty one falls back to the English source.

The language setting is not case data: it lives beside the "last vault" note in the
user's configuration folder (``language``, one code), so it works before any unlock.
"""

from __future__ import annotations

import contextlib
import os
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from vault.app.recent import config_dir
from vault.resources import resources_dir

# Shipped languages: code -> the language's own name (shown in the language chooser).
LANGUAGES = {"en": "English", "ru": "Русский", "hy": "Հայերեն", "az": "Azərbaycanca"}
SYSTEM = "system"
LANGUAGE_FILE = "language"
ENV_LANG = "EVIDENCE_VAULT_LANG"
GUI_CONTEXT = "EvidenceVault"
CLI_CONTEXT = "cli"
HELP_CONTEXT = "cli-help"  # the command line's --help texts (vault/cli/helptext.py)
ARGPARSE_CONTEXT = "argparse"  # argparse's own words: "usage:", its usage errors
# Words and short templates the command line prints in listings and ``show`` (labels,
# status words, "{size} bytes"): translated as they are, never matched back from a
# formatted message (too short to tell apart from an error's sentence).
WORDS_CONTEXT = "cli-words"

Catalogue = dict[tuple[str, str], str]
_PLACEHOLDER = re.compile(r"%\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


def translations_dir() -> Path:
    """The folder of the shipped ``.ts`` files (and a build's ``.qm`` files)."""
    return resources_dir() / "translations"


def ts_path(language: str) -> Path:
    """The ``.ts`` file of ``language`` (it may not exist: English has none)."""
    return translations_dir() / f"evidence_vault_{language}.ts"


def read_ts(path: Path) -> list[tuple[str, str, str, bool]]:
    """Every message of a ``.ts`` file as (context, source, translation, finished);
    finished means neither ``unfinished``, ``vanished`` nor ``obsolete`` and not empty."""
    root = ET.parse(path).getroot()  # noqa: S314 (our own shipped file)
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = "" if node is None else (node.text or "")
            kind = "" if node is None else node.get("type", "")
            found.append((name, source, text, kind == "" and bool(text)))
    return found


@lru_cache(maxsize=8)
def catalogue(language: str) -> Catalogue:
    """{(context, source): translation} of ``language``'s finished translations; empty
    for English or a language without a file."""
    path = ts_path(language)
    if language == "en" or not path.is_file():
        return {}
    return {(ctx, src): text for ctx, src, text, done in read_ts(path) if done}


def placeholders(text: str) -> list[str]:
    """The placeholders in ``text`` (``%1``, ``{name}``, ``{n:,}``), sorted: a translation
    must keep exactly those of its source."""
    return sorted(_PLACEHOLDER.findall(text))


def normalise(code: str | None) -> str | None:
    """A shipped language code from a locale name (``ru_RU.UTF-8`` -> ``ru``, ``hy-AM``
    -> ``hy``, ``C``/``POSIX`` -> ``en``), or None for one not shipped."""
    if not code:
        return None
    base = re.split(r"[_.@-]", code.strip(), maxsplit=1)[0].lower()
    if base in ("c", "posix"):
        return "en"
    return base if base in LANGUAGES else None


def environment_language(env: dict[str, str] | None = None) -> str | None:
    """The language the environment asks for: EVIDENCE_VAULT_LANG, then the POSIX order
    LANGUAGE (its first shipped entry), LC_ALL, LC_MESSAGES, LANG; None if none says."""
    env = dict(os.environ) if env is None else env
    chosen = normalise(env.get(ENV_LANG))
    if chosen:
        return chosen
    for entry in (env.get("LANGUAGE") or "").split(":"):
        chosen = normalise(entry)
        if chosen:
            return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return normalise(env[name]) or "en"
    return None


def saved_language() -> str:
    """The language chosen in the window (a shipped code), or "system"."""
    with contextlib.suppress(OSError, UnicodeDecodeError):
        text = (config_dir() / LANGUAGE_FILE).read_text(encoding="utf-8").strip()
        if text in LANGUAGES:
            return text
    return SYSTEM


def save_language(language: str) -> None:
    """Remember ``language`` ("system" or a shipped code) outside any vault, readable by
    the user only; "system" removes the note.  Best effort: an unwritable folder raises
    nothing (the choice then lasts this run)."""
    folder = config_dir()
    target = folder / LANGUAGE_FILE
    with contextlib.suppress(OSError):
        if language not in LANGUAGES:
            target.unlink(missing_ok=True)
            return
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = folder / (LANGUAGE_FILE + ".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(language + "\n")
        os.replace(partial, target)


_current = {"language": "en"}


def set_language(language: str) -> str:
    """Make ``language`` the one ``translate`` answers in (an unknown code: English)."""
    _current["language"] = language if language in LANGUAGES else "en"
    return _current["language"]


def current_language() -> str:
    """The language ``translate`` answers in."""
    return _current["language"]


def translate(source: str, context: str = CLI_CONTEXT) -> str:
    """``source`` (an English message template, before any data is formatted in) in the
    current language, or ``source`` itself when there is no finished translation."""
    return catalogue(_current["language"]).get((context, source), source)


@lru_cache(maxsize=8)
def _patterns(language: str) -> list[tuple[re.Pattern[str], str]]:
    """The catalogue's CLI templates with ``{name}`` fields, as patterns that match a
    formatted message and capture its data."""
    found: list[tuple[int, re.Pattern[str], str]] = []
    for (ctx, source), text in catalogue(language).items():
        if ctx != CLI_CONTEXT or "{" not in source:
            continue
        parts = re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\})", source)
        if len(parts) < 3 or not any(c.isalpha() for c in "".join(parts[::2])):
            continue  # no fixed word ("{a}: {b}: {c}"): it would match any sentence
        seen: set[str] = set()
        regex = ""
        for index, part in enumerate(parts):
            if index % 2 == 0:
                regex += re.escape(part)
            elif part[1:-1] in seen:  # a field used twice holds the same data twice
                regex += f"(?P={part[1:-1]})"
            else:
                seen.add(part[1:-1])
                regex += f"(?P<{part[1:-1]}>.+?)"
        fixed = sum(len(part) for part in parts[::2])
        found.append((fixed, re.compile(regex + r"\Z", re.DOTALL), text))
    # Most fixed words first: "The {what} is empty." before "{label} is empty.".
    found.sort(key=lambda entry: -entry[0])
    return [(pattern, text) for _, pattern, text in found]


def word(source: str) -> str:
    """``source`` (a label, a status word or a short template of a listing, before any
    data is formatted in) in the current language, from the ``cli-words`` context."""
    return translate(source, WORDS_CONTEXT)


def status_word(text: str) -> str:
    """A status word a listing prints (a signer trusted or revoked, a record retracted, a
    redaction proposed, accepted or rejected, a review state, how a search hit matched)
    in the current language; any other word as it is."""
    words = {
        "trusted": word("trusted"),
        "revoked": word("revoked"),
        "retracted": word("retracted"),
        "proposed": word("proposed"),
        "accepted": word("accepted"),
        "rejected": word("rejected"),
        "kept by profile": word("kept by profile"),
        "reviewed": word("reviewed"),
        "stale": word("stale"),
        "unreviewed": word("unreviewed"),
        "any profile": word("any profile"),
        "exact": word("exact"),
        "folded": word("folded"),
    }
    return words.get(text, text)


def _translated(message: str, whole: bool) -> str | None:
    """``message`` translated (an exact entry or a template with its data put back), or
    None.  ``whole`` False: a template whose data would span a "; " does not match (it
    would swallow the next sentence of a list)."""
    table = catalogue(_current["language"])
    exact = table.get((CLI_CONTEXT, message))
    if exact is not None:
        return exact
    for pattern, text in _patterns(_current["language"]):
        match = pattern.match(message)
        if match is None:
            continue
        data = match.groupdict()
        if not whole and any("; " in value for value in data.values()):
            continue
        for name in _NESTED:  # the program's own sentence inside this one: its own words
            if name in data:
                data[name] = translate_detail(data[name])
        return text.format(**data)
    return None


# Fields of a template that hold another sentence of the program (a verify check's
# detail, why something was left out or refused), translated in their turn; every other
# field is data and stays as it is.
_NESTED = ("detail", "why")
_OPTION = re.compile(r"(--[a-z][a-z-]*): (.+)\Z", re.DOTALL)


def translate_message(message: str) -> str:
    """A message already formatted (an error's sentence) in the current language: an
    exact catalogue entry, or a template whose fixed words match with its data put back
    untouched (case data is never translated); else the message as it is.  A verify
    detail or a reason inside it (``{detail}``, ``{why}``) is translated as
    :func:`translate_detail` does; an option's name before it (``--case: ``) is kept."""
    option = _OPTION.match(message)  # "--case: No case with code C-009.": the option kept
    if option is not None:
        rest = _translated(option.group(2), whole=True)
        if rest is not None:
            return f"{option.group(1)}: {rest}"
    found = _translated(message, whole=True)
    return message if found is None else found


_MORE = re.compile(r" (\(and \d+ more\))\Z")


def translate_detail(detail: str) -> str:
    """A verify check's detail in the current language: one sentence, or several joined
    by "; " (each translated on its own, the longest run of them that is one template
    first), with an "(and N more)" tail; a sentence without a translation stays as it is,
    and the data in each (file names, ids) is put back untouched."""
    tail = ""
    more = _MORE.search(detail)
    if more is not None:
        detail = detail[: more.start()]
        tail = " " + translate_message(more.group(1))
    parts = detail.split("; ")
    said: list[str] = []
    start = 0
    while start < len(parts):
        for end in range(len(parts), start, -1):
            found = _translated("; ".join(parts[start:end]), whole=False)
            if found is not None:
                said.append(found)
                start = end
                break
        else:
            said.append(parts[start])
            start += 1
    return "; ".join(said) + tail
