"""A record's details as labelled lines for the details pane, every value plain text.

Each value is its own paragraph, so Qt lays it out in the direction of its own script: an
alias in Arabic or Hebrew reads right to left beside an Armenian or Cyrillic one reading
left to right, whatever the window's language.  Values are escaped: a name or note that
looks like markup is shown as typed, never interpreted.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

Value = str | Sequence[str] | None


def rows_html(rows: Sequence[tuple[str, Value]]) -> str:
    """An HTML table of ``(label, value)`` rows; a list value is one paragraph per item,
    an empty value (None, "", []) leaves its row out."""
    out = []
    for label, value in rows:
        items = [value] if isinstance(value, str) else list(value or [])
        items = [item for item in items if item]
        if not items:
            continue
        cells = "".join(
            f"<p style='margin:0'>{html.escape(item).replace(chr(10), '<br>')}</p>"
            for item in items
        )
        out.append(
            f"<tr><th align=left valign=top style='padding-right:12px'>{html.escape(label)}"
            f"</th><td>{cells}</td></tr>"
        )
    return "<table cellspacing=4>" + "".join(out) + "</table>"


def when(value: dict[str, str] | None) -> str:
    """A date as ``show`` gives it ({"text": "9 November 2020", ...}) in words."""
    return "" if not value else str(value.get("text") or value.get("value") or "")


def utc_time(value: str | None) -> str:
    """An ISO UTC time to the minute: ``2024-05-01 09:30 UTC``."""
    return "" if not value else value[:16].replace("T", " ") + " UTC"


def corrections(record: dict[str, Any]) -> list[str]:
    """The record's corrections (``show`` gives them oldest first), one line each: when,
    by whom, which fields, and the reason given."""
    lines = []
    for fix in record.get("corrections") or []:
        fields = ", ".join(str(f).replace("_", " ") for f in fix.get("changed") or [])
        line = f"{utc_time(fix.get('utc'))}, {fix.get('operator', '')}: {fields}"
        if fix.get("reason"):
            line += f" — {fix['reason']}"
        lines.append(line)
    return lines
