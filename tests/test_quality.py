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


@pytest.mark.parametrize("room", ["core", "redact", "export"])
def test_qt_free_rooms_never_import_qt(room: str) -> None:
    for path in (PACKAGE / room).rglob("*.py") if (PACKAGE / room).exists() else []:
        qt = {m for m in _imports(path) if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt6"}}
        assert not qt, f"{path.relative_to(REPO)} imports {qt}"


def test_layers_import_in_one_direction() -> None:
    forbidden = {
        "core": ("vault.redact", "vault.export", "vault.gui", "vault.cli"),
        "redact": ("vault.export", "vault.gui", "vault.cli"),
        "export": ("vault.gui", "vault.cli"),
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
