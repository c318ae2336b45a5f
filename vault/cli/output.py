"""How the command line prints: normal lines and JSON on stdout, warnings, refusals and
progress on stderr (so ``| jq`` and ``| head`` see only results)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from vault.app.failures import one_line

PROG = "evidence-vault"

__all__ = ["PROG", "emit_json", "one_line", "out", "progress_printer", "refuse", "warn"]


def out(text: str = "") -> None:
    """One line of normal output on stdout."""
    print(text)


def emit_json(value: Any) -> None:
    """One JSON document on stdout."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def warn(text: str) -> None:
    """A warning line on stderr (the command still succeeds)."""
    print(f"warning: {text}", file=sys.stderr)


def refuse(text: str) -> None:
    """A refusal or problem line on stderr, named for the program, on one line."""
    print(f"{PROG}: {one_line(text)}", file=sys.stderr)


def progress_printer(label: str) -> Callable[[int, int], None] | None:
    """A percentage on stderr when it is a terminal; nothing in scripts."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 if total == 0 else done * 100 // total
        print(f"\r{label}: {percent:3d}%", end="" if done < total else "\n", file=sys.stderr)

    return show
