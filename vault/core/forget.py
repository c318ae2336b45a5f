"""What a locked vault leaves in memory: nothing of its cases.

Modules that keep pieces of case text cached for speed (name skeletons, short names,
phone numbers) register a function that empties their caches, next to the cache itself,
when they are imported: a cache cannot exist without its way out. ``Vault.close`` calls
:func:`forget_case_text`, so every path that locks a vault (the command line, the window,
a test) clears them, whichever shell closed it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

_LOCK = threading.Lock()
_FORGETTERS: list[Callable[[], None]] = []


def on_lock(forget: Callable[[], None]) -> Callable[[], None]:
    """Register ``forget`` (which must empty one module's caches of case text) to run
    whenever a vault is closed; returns it, so it can be used as a decorator. Registering
    the same function twice runs it once."""
    with _LOCK:
        if forget not in _FORGETTERS:
            _FORGETTERS.append(forget)
    return forget


def forget_case_text() -> None:
    """Empty every registered cache of case text. Never raises: a vault must close even
    if a cache misbehaves, so each forgetter runs whatever the others did."""
    with _LOCK:
        forgetters = list(_FORGETTERS)
    for forget in forgetters:
        try:
            forget()
        except Exception:  # noqa: S112 - closing must not fail on a cache
            continue
