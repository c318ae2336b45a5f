"""A listing as a person reads it on a terminal: a header row, then one record per line,
columns aligned with spaces (the last one not padded).  Each record stays on one line
(a line break or tab in a value is escaped), so ``| grep W-001`` finds its row; scripts
read ``--json`` instead."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence

from vault.app import i18n
from vault.cli.output import one_line, out

GAP = "  "


def cell_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: wide (CJK) characters two, combining marks
    none, anything else one."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def format_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], optional: Sequence[str] = ()
) -> list[str]:
    """The header row and the rows, each cell on one line and padded to its column's
    width.  A column named in ``optional`` (a note most rows lack) is left out when no
    row has a value in it."""
    cells = [[one_line(str(cell)) for cell in row] for row in rows]
    keep = [
        i
        for i, head in enumerate(headers)
        if head not in optional or any(row[i] not in ("", "-") for row in cells)
    ]
    heads = [i18n.translate(headers[i]) for i in keep]  # the words, not the data
    body = [[row[i] for i in keep] for row in cells]
    widths = [
        max([cell_width(head)] + [cell_width(row[i]) for row in body])
        for i, head in enumerate(heads)
    ]
    lines = []
    for row in [heads, *body]:
        padded = [cell + " " * (widths[i] - cell_width(cell)) for i, cell in enumerate(row)]
        padded[-1] = row[-1]
        lines.append(GAP.join(padded).rstrip())
    return lines


def print_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    empty: str,
    optional: Sequence[str] = (),
) -> None:
    """The table on stdout; with no rows, nothing there and ``empty`` (``No cases.``) on
    stderr, so a script counting lines counts none."""
    if not rows:
        print(i18n.translate_message(empty), file=sys.stderr)
        return
    for line in format_table(headers, rows, optional):
        out(line)
