"""Record lists a page at a time for a window's tables (counted, sorted and filtered in
SQL by ``vault.core.pages``): what a list shows, and the calls a list model makes from
its reader thread (which has its own connection, ``vault.worker()``)."""

from __future__ import annotations

from vault.core.pages import MAX_PAGE, SPECS, Column, ListSpec, Row, count, page, spec

__all__ = ["MAX_PAGE", "SPECS", "Column", "ListSpec", "Row", "count", "page", "spec"]
