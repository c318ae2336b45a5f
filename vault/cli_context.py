"""What every command module of the command line shares: the context a command gets, the
shape of a command and of its registration, and the usage error (exit status 2)."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, Protocol, TextIO

from vault.core.progress import CancelToken, Progress, ProgressSnapshot
from vault.core.vault import Vault


class CommandContext(Protocol):
    """What a command needs from ``vault.cli.Context``."""

    args: argparse.Namespace

    def open_vault(self) -> Vault: ...


Command = Callable[[CommandContext], int]
Register = Callable[[str, Command, str], argparse.ArgumentParser]


def out(text: str = "") -> None:
    """One line of normal output on stdout."""
    print(text)


def emit_json(value: Any) -> None:
    """One JSON document on stdout."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


class UsageError(Exception):
    """Wrong use of the command line (options that do not go together): exit status 2."""


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
        if percent is None:
            line = f"{state.phase}…"
        else:
            filled = BAR_WIDTH * percent // 100
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            line = f"{state.phase}: [{bar}] {percent:3d}%"
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
