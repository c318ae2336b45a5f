"""How the command line prints: normal lines and JSON on stdout, warnings, refusals and
progress on stderr (so ``| jq`` and ``| head`` see only results)."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from vault.app import i18n
from vault.app.failures import one_line
from vault.app.readable import INVISIBLE_FORMAT_CLASS, shown

PROG = "evidence-vault"

__all__ = ["PROG", "emit_json", "one_line", "out", "refuse", "warn"]


# The invisible format characters, which json.dumps leaves raw in a string.
_RAW_IN_JSON = re.compile(f"[{INVISIBLE_FORMAT_CLASS}]")


def out(text: str = "") -> None:
    """Normal output on stdout; controls and invisible format characters in it (a file
    name with a right-to-left override) shown escaped (``readable.shown``), line breaks
    and tabs kept."""
    print(shown(text, keep="\n\t"))


def emit_json(value: Any) -> None:
    """One JSON document on stdout. Invisible format characters inside strings are
    written as ``\\uXXXX`` escapes: the same JSON to a program, visible on a terminal."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    print(_RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def warn(text: str) -> None:
    """A warning line on stderr (the command still succeeds); a file name with a line
    break or undecodable bytes in it stays on the one line, escaped."""
    line = i18n.translate("warning: {text}").format(text=one_line(i18n.translate_message(text)))
    print(line, file=sys.stderr)


def refuse(text: str) -> None:
    """A refusal or problem line on stderr, named for the program, on one line."""
    print(f"{PROG}: {one_line(text)}", file=sys.stderr)
