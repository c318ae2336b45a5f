"""Lint, format, types and layering run with the suite, so they cannot drift."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "vault"


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=False)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed in the test environment (uv sync installs it)")
    return found


def test_ruff_lint_is_clean() -> None:
    result = _run(_tool("ruff"), "check", "vault", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = _run(_tool("ruff"), "format", "--check", "vault", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = _run(_tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("room", ["core", "redact", "export", "app", "cli"])
def test_qt_free_rooms_never_import_qt(room: str) -> None:
    for path in (PACKAGE / room).rglob("*.py") if (PACKAGE / room).exists() else []:
        qt = {m for m in _imports(path) if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt6"}}
        assert not qt, f"{path.relative_to(REPO)} imports {qt}"


def test_layers_import_in_one_direction() -> None:
    forbidden = {
        "core": ("vault.redact", "vault.export", "vault.app", "vault.gui", "vault.cli"),
        "redact": ("vault.export", "vault.app", "vault.gui", "vault.cli"),
        "export": ("vault.app", "vault.gui", "vault.cli"),
        "app": ("vault.gui", "vault.cli", "PySide6", "shiboken6"),
    }
    for room, banned in forbidden.items():
        folder = PACKAGE / room
        for path in folder.rglob("*.py") if folder.exists() else []:
            bad = {m for m in _imports(path) if m.startswith(banned)}
            assert not bad, f"{path.relative_to(REPO)} imports {bad}"


def test_qt_only_under_gui() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        qt = {m for m in _imports(path) if m.split(".")[0] == "PySide6"}
        assert not qt, f"{path.relative_to(REPO)} imports {qt}"


# What the command line may still take from below the application layer: the
# credential it builds from the secret it read, and the error types it raises itself.
# Everything else a shell needs goes through vault.app, where the window finds it too.
CLI_BELOW_APP = {"vault.core.vault", "vault.core.errors"}


def test_the_command_line_goes_through_the_application_layer() -> None:
    folder = PACKAGE / "cli"
    assert (folder / "__init__.py").exists(), "the command line is a package"
    for path in folder.rglob("*.py"):
        below = {
            m
            for m in _imports(path)
            if m.startswith(("vault.core", "vault.redact", "vault.export"))
            and m not in CLI_BELOW_APP
        }
        assert not below, f"{path.relative_to(REPO)} imports {below} (use vault.app)"


# The window takes the same from below the application layer as the command line: the
# vault it unlocked (and the credential it builds) and the error types.
GUI_BELOW_APP = CLI_BELOW_APP


def test_the_window_goes_through_the_application_layer() -> None:
    folder = PACKAGE / "gui"
    for path in folder.rglob("*.py") if folder.exists() else []:
        below = {
            m
            for m in _imports(path)
            if m.startswith(("vault.core", "vault.redact", "vault.export", "vault.cli"))
            and m not in GUI_BELOW_APP
        }
        assert not below, f"{path.relative_to(REPO)} imports {below} (use vault.app)"


def test_command_modules_never_import_the_assembly() -> None:
    # main.py assembles the parser from the command modules; a command module importing
    # it (or the package, which imports it) back would be an import cycle.
    for path in (PACKAGE / "cli").glob("*.py"):
        if path.name in ("__init__.py", "main.py"):
            continue
        back = {m for m in _imports(path) if m in ("vault.cli", "vault.cli.main")}
        assert not back, f"{path.relative_to(REPO)} imports {back}"


def test_no_shell_module_is_left_beside_the_packages() -> None:
    # The old single-file shells (vault/cli.py, vault/cli_*.py, vault/secret_input.py)
    # would shadow or duplicate the package.
    stray = sorted(
        p.name for p in PACKAGE.glob("*.py") if p.stem.startswith("cli") or p.stem == "secret_input"
    )
    assert stray == []
