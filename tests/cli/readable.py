"""Reading the command line's human output the way a person does: a ``show`` summary
as labelled fields, a listing as a header row over aligned columns."""

from __future__ import annotations

import re


def summary_fields(text: str) -> dict[str, list[str]]:
    """``show``'s labelled lines up to the first text: label -> its lines (a field of
    several lines lists the rest indented under the first)."""
    fields: dict[str, list[str]] = {}
    label = ""
    for line in text.splitlines():
        if line.startswith("--- ") or (not line.strip() and fields):
            break
        found = re.match(r"^([A-Z][A-Za-z0-9 -]*):\s+(.*)$", line)
        if found:
            label = found[1]
            fields[label] = [found[2]]
        elif line.startswith(" ") and label:
            fields[label].append(line.strip())
    return fields


def table_rows(text: str) -> list[dict[str, str]]:
    """A listing's rows as header -> cell, read by the header's column starts (the last
    column takes the rest of the line)."""
    lines = text.splitlines()
    if not lines:
        return []
    header = lines[0]
    starts = [m.start() for m in re.finditer(r"(?:^|(?<=  ))[A-Z][A-Z0-9 ]*?(?=  |$)", header)]
    names = [header[s:e].strip() for s, e in zip(starts, [*starts[1:], None], strict=True)]
    rows = []
    for line in lines[1:]:
        if not line.strip():
            break
        cells = [line[s:e].strip() for s, e in zip(starts, [*starts[1:], None], strict=True)]
        rows.append(dict(zip(names, cells, strict=True)))
    return rows
