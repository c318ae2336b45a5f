"""Progress on a terminal and Ctrl-C as a cancel: the command line's side of the one
progress-and-cancel contract (``vault/core/progress.py``)."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TextIO

from vault.app import i18n
from vault.app.jobs import CancelToken, Progress, ProgressSnapshot

BAR_WIDTH = 30


class ProgressBar:
    """Draws a Progress on one terminal line: phase, bar, percentage, item; a phase that
    cannot say how long it takes shows its name only.  Redraws only when what it shows
    changes, so a byte-by-byte operation does not flood the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._shown: tuple[str, int | None, str | None] | None = None
        self._open = False  # a line was started and not ended

    def __call__(self, state: ProgressSnapshot) -> None:
        fraction = state.fraction
        percent = None if fraction is None else int(fraction * 100)
        key = (state.phase, percent, state.item)
        if key == self._shown:
            return
        if self._shown is not None and self._shown[0] != state.phase and self._open:
            self.stream.write("\n")  # the previous phase stopped short (it was left out)
        self._shown = key
        # The phase words the window translates (work.phase literals), from its context.
        phase = i18n.translate(state.phase, i18n.GUI_CONTEXT)
        if percent is None:
            line = f"{phase}…"
        else:
            filled = BAR_WIDTH * percent // 100
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            line = f"{phase}: [{bar}] {percent:3d}%"
            if state.item and percent < 100:
                line += f"  {state.item}"
        self.stream.write(f"\r\x1b[K{line}")
        self._open = percent != 100
        if not self._open:
            self.stream.write("\n")
        self.stream.flush()


def progress_bar() -> Progress | None:
    """A Progress drawn as a bar on stderr when it is a terminal; None in scripts."""
    if not sys.stderr.isatty():
        return None
    return Progress(ProgressBar(sys.stderr))


@contextmanager
def cancel_on_interrupt() -> Iterator[CancelToken]:
    """A token that Ctrl-C sets while the block runs, so a long operation stops at its
    next safe point and says "Cancelled; nothing was changed."; a second Ctrl-C
    interrupts at once.  Outside the main thread, a token nothing sets."""
    token = CancelToken()
    if threading.current_thread() is not threading.main_thread():
        yield token
        return

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        if token.cancelled:
            raise KeyboardInterrupt
        token.cancel()

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield token
    finally:
        signal.signal(signal.SIGINT, previous)
