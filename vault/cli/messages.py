"""Error and refusal sentences the command line shows translated (vault.app.i18n):
templates exactly as the core raises them, with ``{field}`` where data is formatted in.
A formatted message is matched back against its template, the fixed words translated
and the data (ids, file names, case data) put back untouched."""

from __future__ import annotations

MESSAGES: tuple[str, ...] = ()
