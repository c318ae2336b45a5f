"""A file name with a right-to-left override (``invoice\\u202egpj.exe`` reads as
``invoiceexe.jpg``) or other invisible characters is shown escaped wherever the command
line shows it; the vault keeps the name as received, and no bundle path holds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import open_vault
from tests.e2e.test_export_profiles import Cli
from vault.core.attachments import list_attachments

RLO_NAME = "invoice\u202egpj.exe"
HIDDEN = ("\u202e", "\u200b", "\ufeff", "\u2066")
NAMES = (RLO_NAME, "photo\u200b\u2066.png", "\ufeffscan.png")


def _shows_no_raw(text: str) -> None:
    for char in HIDDEN:
        assert char not in text, f"raw U+{ord(char):04X} in {text!r}"


@pytest.fixture(scope="module")
def attached(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, str, Path]:
    root = tmp_path_factory.mktemp("invisible")
    cli = Cli(root)
    cli.ok("init", "--operator", "INV-07")
    case = cli.ok("case", "add", "--title", "Names").split("\t")[0]
    person = cli.ok("person", "add", "--case", case, "--name", "Aram Hakobyan", "--role", "witness")
    cli.ok("consent", "set", "--person", person, "--share", "legal", "--anonymity", "waived")
    cli.ok(
        "statement", "add", "--case", case, "--witness", person,
        "--text-file", cli.text_file("s.txt", "They took my passport.\n"),
    )  # fmt: skip
    files = root / "files"
    files.mkdir()
    (files / NAMES[0]).write_bytes(b"MZ\x90\x00 not really a program")
    for name in NAMES[1:]:
        Image.new("RGB", (8, 8), (200, 10, 10)).save(files / name, format="PNG")
    result = cli("attach", "--case", case, *(str(files / n) for n in NAMES))
    assert result.code == 0, result.err
    _shows_no_raw(result.out + result.err)
    assert "invoice\\u202egpj.exe" in result.out
    return cli, case, root


def test_the_vault_keeps_the_name_as_received(attached: tuple[Cli, str, Path]) -> None:
    cli, case, _root = attached
    with open_vault(cli.vault_dir) as vault:
        assert sorted(a.name for a in list_attachments(vault, case)) == sorted(NAMES)


def test_lists_show_and_the_custody_log_show_the_name_escaped(
    attached: tuple[Cli, str, Path],
) -> None:
    cli, case, _root = attached
    for args in (
        ("list", "attachments", "--case", case),
        ("show", "A-001"),
        ("audit", "log", "--case", "C-001"),
        ("search", "invoice"),
    ):
        result = cli(*args)
        assert result.code == 0, (args, result.err)
        _shows_no_raw(result.out + result.err)
        assert "\\u202e" in result.out, (args, result.out)


def test_json_escapes_the_characters_and_still_reads_as_the_name(
    attached: tuple[Cli, str, Path],
) -> None:
    cli, case, _root = attached
    result = cli("list", "attachments", "--case", case, "--json")
    assert result.code == 0, result.err
    _shows_no_raw(result.out)
    assert sorted(a["name"] for a in json.loads(result.out)) == sorted(NAMES)


def test_the_export_summary_shows_it_escaped_and_no_bundle_path_holds_it(
    attached: tuple[Cli, str, Path],
) -> None:
    cli, case, root = attached
    out = root / "bundle"
    result = cli(
        "export", "--case", case, "--profile", "legal", "--out", str(out), "--skip-unreviewed"
    )
    assert result.code == 0, result.err
    _shows_no_raw(result.out + result.err)
    assert "invoice\\u202egpj.exe" in result.out  # left out: never reviewed
    for path in out.rglob("*"):
        _shows_no_raw(str(path.relative_to(out)))
    verified = cli("verify", str(out))
    _shows_no_raw(verified.out + verified.err)
