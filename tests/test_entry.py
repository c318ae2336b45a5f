"""Which argv opens the window and which goes to the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.__main__ import gui_request


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        ([], (None, False)),
        (["gui"], (None, False)),
        (["--demo"], (None, True)),
        (["gui", "--demo"], (None, True)),
        (["--vault", "/v"], (Path("/v"), False)),
        (["--vault=/v", "gui"], (Path("/v"), False)),
    ],
)
def test_the_window_is_asked_for(
    argv: list[str], wanted: tuple[Path | None, bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVIDENCE_VAULT_DIR", raising=False)
    assert gui_request(argv) == wanted


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["--version"], ["info"], ["--vault", "/v", "list", "cases"], ["--vault"]],
)
def test_commands_go_to_the_command_line(argv: list[str]) -> None:
    assert gui_request(argv) is None


def test_the_vault_folder_may_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_VAULT_DIR", "/from/env")
    assert gui_request([]) == (Path("/from/env"), False)
