"""How the command line prints: normal lines and JSON on stdout, warnings, refusals and
progress on stderr (so ``| jq`` and ``| head`` see only results)."""

from __future__ import annotations

import json
import sys
from typing import Any

from vault.app import i18n
from vault.app.failures import one_line

PROG = "evidence-vault"

__all__ = ["PROG", "emit_json", "one_line", "out", "refuse", "warn"]


def out(text: str = "") -> None:
    """One line of normal output on stdout."""
    print(text)


def emit_json(value: Any) -> None:
    """One JSON document on stdout."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def warn(text: str) -> None:
    """A warning line on stderr (the command still succeeds); a file name with a line
    break or undecodable bytes in it stays on the one line, escaped."""
    line = i18n.translate("warning: {text}").format(text=one_line(i18n.translate_message(text)))
    print(line, file=sys.stderr)


def refuse(text: str) -> None:
    """A refusal or problem line on stderr, named for the program, on one line."""
    print(f"{PROG}: {one_line(text)}", file=sys.stderr)
