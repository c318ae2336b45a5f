"""The command line in the locale's language: a refusal in Russian or Armenian on one
line with exit 1, data (paths, ids) untouched; English for a locale not shipped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult, run_cli_process
from tests.e2e.test_export_profiles import Cli
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


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, Path]:
    """A vault with one case, a consenting witness and a statement, exported (in English)
    to a bundle folder whose name is Russian (data, never translated)."""
    root = tmp_path_factory.mktemp("languages")
    cli = Cli(root)
    cli.ok("init", "--operator", "RU-01")
    case = cli.ok("case", "add", "--title", "Задержание у рынка")
    person = cli.ok("person", "add", "--case", case, "--name", "Anna Petrova", "--role", "witness")
    cli.ok("consent", "set", "--person", person, "--share", "legal", "--anonymity", "waived")
    cli.ok(
        "statement", "add", "--case", case, "--witness", person,
        "--text-file", cli.text_file("s.txt", "Меня задержали у рынка.\n"),
    )  # fmt: skip
    out = root / "пакет для юристов"
    result = cli("export", "--case", case, "--profile", "legal", "--out", str(out))
    assert result.code == 0, result.err
    assert result.out.startswith("Exported bundle ")  # English by default (conftest)
    return cli, out


def test_verify_in_a_russian_locale_prints_russian_verdict_lines(
    exported: tuple[Cli, Path],
) -> None:
    _cli, bundle = exported
    russian = run_cli_process("verify", str(bundle), env={**NO_LANG, "LANG": "ru_RU.UTF-8"})
    english = run_cli_process("verify", str(bundle), env={**NO_LANG, "LANG": "C.UTF-8"})
    assert russian.code == 0, russian.err
    assert english.code == 0, english.err
    lines = russian.out.splitlines()
    assert lines[0] == f"Пакет:        {bundle} (folder)"  # the path as it is
    bundle_id = english.out.splitlines()[1].split()[-1]
    assert lines[1] == f"ID пакета:    {bundle_id}"
    case_code = english.out.splitlines()[2].split()[1]  # the bundle's own code for the case
    assert lines[2].startswith(f"Дело:         {case_code}    Профиль: legal    Подписан: ")
    assert "Отпечаток ключа подписанта (SHA-256 открытого ключа):" in lines
    assert "Подписант:    UNPINNED" in lines
    assert lines[-1] == "Итог:         цел и подписан, но подписант НЕ подтверждён (UNPINNED)."
    # Each check keeps its mark and name; its detail is Russian, its data as it was.
    checks = [line for line in lines if line.startswith("  [ok  ] ")]
    assert [line.split()[2] for line in checks] == [
        "archive", "signature", "layout", "identity", "files", "custody", "signer",
    ]  # fmt: skip
    assert f"пакет {bundle_id}, дело {case_code}, профиль legal, подписан " in checks[3]
    assert checks[-1].endswith(
        "UNPINNED: подпись действительна, но ничто не говорит, чей это "
        "ключ; сверьте отпечаток с отпечатком отправителя по другому каналу"
    )
    assert [x for x in english.out.splitlines() if x.startswith("    ")] == [
        x for x in lines if x.startswith("    ")
    ]  # the fingerprint, grouped
    assert english.out.splitlines()[-1].startswith("Result:       intact and signed")
    assert russian.err.startswith("evidence-vault: предупреждение: подписант не подтверждён")
    assert "Result" not in russian.out and "Signer" not in russian.out


def test_the_export_and_check_summaries_in_azerbaijani(
    exported: tuple[Cli, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli, _bundle = exported
    monkeypatch.setattr(i18n, "_current", {"language": "en"})  # put back after the test
    monkeypatch.setenv("EVIDENCE_VAULT_LANG", "az")
    out = cli.root / "ikinci paket"
    made = cli("export", "--case", "C-001", "--profile", "legal", "--out", str(out))
    assert made.code == 0, made.err
    first, profile, signed = made.out.splitlines()
    assert first.endswith(f"(folder) {out} ünvanına ixrac edildi")
    assert profile == "Profil legal: ifadə — 1, əlavə — 0."
    assert signed.startswith("Bu anbarın açarı ilə imzalanıb, barmaq izi ")
    checked = cli("check")
    assert checked.code == 0, checked.err
    assert checked.out.startswith("Anbar qaydasındadır: verilənlər bazası bütövdür")


def test_erase_says_what_it_did_in_armenian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(tmp_path)
    cli.ok("init", "--operator", "HY-01")
    monkeypatch.setattr(i18n, "_current", {"language": "en"})  # put back after the test
    monkeypatch.setenv("EVIDENCE_VAULT_LANG", "hy")
    erased = cli("erase", "--yes")
    assert erased.code == 0, erased.err
    first = erased.out.splitlines()[0]
    assert first.startswith("Ջնջված է. բանալու սլոթները (")
    assert "«Սխալ գաղտնաբառ»" in first
