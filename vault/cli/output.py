"""How the command line prints: normal lines and JSON on stdout, warnings, refusals and
progress on stderr (so ``| jq`` and ``| head`` see only results)."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from vault.app.failures import one_line
from vault.app.readable import shown

PROG = "evidence-vault"

__all__ = ["PROG", "emit_json", "one_line", "out", "refuse", "warn"]


# The invisible format characters (Unicode Cf, but the joiners ZWNJ and ZWJ names need)
# and the line and paragraph separators, which json.dumps leaves raw in a string.
_RAW_IN_JSON = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)


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
    print(f"warning: {one_line(text)}", file=sys.stderr)


def refuse(text: str) -> None:
    """A refusal or problem line on stderr, named for the program, on one line."""
    print(f"{PROG}: {one_line(text)}", file=sys.stderr)
