"""Which argv opens the window and which goes to the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vault.__main__ import WindowRequest, gui_request


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        ([], (None, False, None)),
        (["gui"], (None, False, None)),
        (["--demo"], (None, True, None)),
        (["gui", "--demo"], (None, True, None)),
        (["--vault", "/v"], (Path("/v"), False, None)),
        (["--vault=/v", "gui"], (Path("/v"), False, None)),
        (["--lang", "ru"], (None, False, "ru")),
        (["--demo", "--lang=hy_AM.UTF-8"], (None, True, "hy")),
        (["gui", "--lang", "AZ", "--vault", "/v"], (Path("/v"), False, "az")),
        (["--lang", "de", "--demo"], (None, True, None)),  # not shipped: the window's own
    ],
)
def test_the_window_is_asked_for(
    argv: list[str], wanted: WindowRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVIDENCE_VAULT_DIR", raising=False)
    assert gui_request(argv) == wanted


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["info"],
        ["--vault", "/v", "list", "cases"],
        ["--vault"],
        ["--lang"],
        ["--lang", "ru", "--help"],
        ["--lang", "ru", "info"],
    ],
)
def test_commands_go_to_the_command_line(argv: list[str]) -> None:
    assert gui_request(argv) is None


def test_the_vault_folder_may_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_VAULT_DIR", "/from/env")
    assert gui_request([]) == (Path("/from/env"), False, None)


def test_lang_opens_the_window_in_that_language_for_this_run_only(tmp_path: Path) -> None:
    """`evidence-vault --lang hy --demo` is the window (not the command line's help), in
    Armenian, and the choice is not saved: the next start is the window's own again."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "TMPDIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "EVIDENCE_VAULT_TESTING": "1",
        "EVIDENCE_VAULT_KDF": "fast",
        "EVIDENCE_VAULT_SMOKE_SCREENSHOT": str(tmp_path / "window.png"),
    }
    shown = subprocess.run(
        [sys.executable, "-m", "vault", "--lang", "hy", "--demo"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "shown: Evidence Vault — ՑՈՒՑԱԴՐԱԿԱՆ" in shown.stdout, shown.stdout
    assert (tmp_path / "window.png").stat().st_size > 0
    assert not list(home.rglob("language"))  # nothing saved
