"""The command line in the locale's language: a refusal in Russian or Armenian on one
line with exit 1, data (paths, ids) untouched; English for a locale not shipped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult, run_cli_process
from vault.app import i18n
from vault.core.vault import Vault

NO_LANG = {"EVIDENCE_VAULT_LANG": "", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


def test_a_russian_locale_gets_a_russian_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "нет такой папки"
    result = run_cli_process(
        "--vault", str(missing), "list", "cases", env={**NO_LANG, "LANG": "ru_RU.UTF-8"}
    )
    assert result.code == 1
    assert result.out == ""
    assert result.err == (
        f"evidence-vault: {missing} — не папка (там ничего нет). "
        "Проверьте --vault или создайте хранилище командой init.\n"
    )


def test_a_wrong_passphrase_in_armenian_and_english(vault: Vault, tmp_path: Path) -> None:
    vault.close()
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    args = ("--vault", str(vault.path), "--passphrase-file", str(wrong), "list", "cases")
    armenian = run_cli_process(*args, env={**NO_LANG, "LANG": "hy_AM.UTF-8"})
    assert armenian.code == 1
    assert armenian.err.startswith("evidence-vault: Սխալ գաղտնաբառ (")
    assert str(wrong) in armenian.err
    assert len(armenian.err.splitlines()) == 1
    german = run_cli_process(*args, env={**NO_LANG, "LANG": "de_DE.UTF-8"})
    assert german.err.startswith("evidence-vault: Wrong passphrase (from the file ")


@pytest.mark.parametrize("where", ["before", "after"])
def test_the_lang_option_wins_over_the_locale(tmp_path: Path, where: str) -> None:
    lang = ["--lang", "ru"]
    rest = ["--vault", str(tmp_path), "list", "cases"]
    argv = lang + rest if where == "before" else rest + lang
    result = run_cli_process(*argv, env={**NO_LANG, "LANG": "hy_AM.UTF-8"})
    assert result.code == 1
    assert "не хранилище Evidence Vault" in result.err


def test_table_headings_are_translated_and_the_data_is_not(
    cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch, vault: Vault, case_id: str
) -> None:
    vault.close()
    monkeypatch.setenv("EVIDENCE_VAULT_LANG", "ru")
    # In-process: the language stays set for later tests unless put back.
    monkeypatch.setattr(i18n, "_current", {"language": "en"})
    listed = cli("list", "cases")
    assert listed.code == 0
    head, row = listed.out.splitlines()[:2]
    assert head.split() == ["КОД", "ID", "СОЗДАНО", "РЕГИОНЫ", "НАЗВАНИЕ"]
    assert case_id[:8] in row
    empty = cli("list", "persons", "--case", case_id)
    assert empty.out == ""
    assert empty.err.strip() == "Нет записей (persons)."
