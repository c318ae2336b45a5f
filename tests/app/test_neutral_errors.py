"""Below the application layer, errors speak neutral words: no command-line option is named
in any message of vault/core, vault/redact or vault/export; what a person can do next
travels as a hint code that each shell spells (the command line in vault/cli/hints.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from vault.cli.hints import _HINTS, hint_text
from vault.core import errors, links
from vault.core.cases import add_case
from vault.core.header import read_slots

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("vault/core", "vault/redact", "vault/export", "vault/app")
OPTION = re.compile(r"(?<![\w-])--[a-z]")

# Strings that may name an option because they are not messages of this program.
ALLOWED = {
    # The README written into every bundle tells its recipient how to check it with
    # bagit.py and this program: a document for another reader, not an error message.
    ("vault/export/tagfiles.py", "bagit.py --validate"),
    ("vault/export/tagfiles.py", "evidence-vault verify"),
    # The decoder child's command line (its limits and, frozen, the worker switch): the
    # arguments of a process this program starts, not a message to a person.
    ("vault/core/cage.py", "--"),
    # Another engineer is rewriting this module's refusal at the same time (issue 9).
    ("vault/export/import_bundle.py", ""),
}


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes (module, class, function): prose for developers."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _option_strings(layer: str) -> list[str]:
    hits = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if id(node) in skip or not OPTION.search(node.value):
                continue
            if any(rel == file and part in node.value for file, part in ALLOWED):
                continue
            hits.append(f"{rel}:{node.lineno}: {node.value.strip()[:70]!r}")
    return hits


@pytest.mark.parametrize("layer", LAYERS[:3])
def test_no_message_below_the_app_layer_names_an_option(layer: str) -> None:
    assert _option_strings(layer) == []


def test_the_scan_sees_fstring_parts_and_skips_docstrings(tmp_path: Path) -> None:
    source = 'def f(x):\n    """Takes --as."""\n    raise ValueError(f"say {x} with --as")\n'
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
    ]
    assert [s for s in found if OPTION.search(s)] == [" with --as"]


def _hint_codes() -> set[str]:
    codes = set()
    for layer in LAYERS:
        for path in (ROOT / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.keyword) and node.arg == "hint":
                    for value in ast.walk(node.value):
                        if isinstance(value, ast.Constant) and isinstance(value.value, str):
                            codes.add(value.value)
    return codes


def test_every_hint_raised_below_has_command_line_words() -> None:
    codes = _hint_codes()
    assert {"link-role", "vault-folder", "age-identity", "zip-or-recipient"} <= codes
    assert codes - set(_HINTS) == set()


def test_an_error_carries_its_field_and_the_shell_adds_the_option(vault, case_id) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.InputError) as caught:
        add_case(vault, "Another", regions=["AM,XX"])
    error = caught.value
    assert "--" not in str(error)
    assert error.data["field"] == "region" and error.data["value"] == "XX"
    assert "--region AM,RU" in hint_text(error.hint, error.data)
    roles = [r for (s, d), rs in links.LINK_ROLES.items() if len(rs) > 1 for r in rs]
    assert roles  # some link needs its role named


def test_a_missing_vault_folder_is_neutral_and_the_cli_names_its_option(  # type: ignore[no-untyped-def]
    tmp_path: Path, cli
) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(errors.NotAVault) as caught:
        read_slots(missing)
    assert "--vault" not in str(caught.value) and caught.value.data["path"] == str(missing)
    result = cli("--vault", str(missing), "list", "cases", bare=True)
    assert result.code == 1
    assert "is not a folder (nothing is there). Check --vault, or create a vault with init." in (
        result.err
    )
    assert result.err.count("\n") == 1
