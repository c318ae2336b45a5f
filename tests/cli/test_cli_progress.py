"""The command line's side of progress and cancel: a bar on a terminal that redraws only
when it changes, and Ctrl-C that cancels the running operation through its token."""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from vault.app import i18n
from vault.cli.progress import ProgressBar, cancel_on_interrupt
from vault.core import backup
from vault.core.progress import Progress


def test_the_bar_draws_each_phase_once_per_percent_and_ends_its_line() -> None:
    screen = io.StringIO()
    progress = Progress(ProgressBar(screen))
    progress.start("Unlocking")
    progress.start("Backing up", 1_000_000)
    for _ in range(1_000):
        progress.advance(1_000, item="attachment 1 of 1")
    shown = screen.getvalue()
    assert "Unlocking…" in shown
    assert 101 <= shown.count("Backing up:") <= 102  # each percent, not a thousand redraws
    assert "[" + "#" * 30 + "] 100%" in shown and shown.endswith("\n")
    assert "\n" in shown.split("Backing up:")[0]  # the busy line was ended first


def test_the_bar_names_its_phase_in_the_chosen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_current", {"language": "ru"})
    screen = io.StringIO()
    progress = Progress(ProgressBar(screen))
    progress.start("Checking attachments", 10)
    progress.advance(10, item="A-001")
    assert "Проверка вложений: [" in screen.getvalue()
    assert "Checking" not in screen.getvalue()


def test_ctrl_c_sets_the_token_and_a_second_one_interrupts() -> None:
    before = signal.getsignal(signal.SIGINT)
    with cancel_on_interrupt() as token:
        os.kill(os.getpid(), signal.SIGINT)
        assert token.cancelled
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is before  # prompts quit on Ctrl-C again


def test_ctrl_c_during_a_backup_cancels_it_cleanly(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("init")
    case = cli("case", "add", "--title", "T").out.strip()
    photo = tmp_path / "photo.bin"
    photo.write_bytes(os.urandom(3 << 20))
    assert cli("attach", "--case", case, str(photo)).code == 0
    copy = backup._copy_durably

    def copy_then_press_ctrl_c(*args: Any) -> None:
        copy(*args)
        os.kill(os.getpid(), signal.SIGINT)  # the person presses Ctrl-C mid-copy

    monkeypatch.setattr(backup, "_copy_durably", copy_then_press_ctrl_c)
    usb = tmp_path / "usb"
    usb.mkdir()
    result = cli("backup", "--to", str(usb / "backup"))
    assert result.code == 1
    assert result.err.strip() == "evidence-vault: Cancelled; nothing was changed."
    assert list(usb.iterdir()) == []
    monkeypatch.undo()
    assert cli("check").code == 0
