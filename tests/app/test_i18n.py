"""The shipped translations: every string the window or the command line translates has
a finished Russian and Armenian translation that keeps its placeholders, the catalogue
puts data back untranslated, and the language is chosen as documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vault.app import i18n
from vault.app.failures import describe_failure
from vault.core.errors import InputError, UnknownId
from vault.gui import i18n_update

SHIPPED = [code for code in i18n.LANGUAGES if code != "en"]
# Words a language writes as English does (names are the same in every language).
SAME_WORDS = {"az": {"Problem", "Operator", "OPERATOR", "media"}}


@pytest.fixture(autouse=True)
def _english_after() -> object:
    yield
    i18n.set_language("en")


@pytest.fixture(scope="module")
def wanted() -> dict[str, list[str]]:
    return i18n_update.sources()


@pytest.mark.parametrize("language", SHIPPED)
def test_every_extracted_string_has_a_finished_translation(
    language: str, wanted: dict[str, list[str]]
) -> None:
    done = {(c, s) for c, s, _, ok in i18n.read_ts(i18n.ts_path(language)) if ok}
    missing = [f"{c}: {s}" for c, texts in wanted.items() for s in texts if (c, s) not in done]
    assert missing == []
    # The extraction is not vacuous: the window's tr() strings, the table texts, the
    # progress phases and the errors are all in.
    window = set(wanted[i18n.GUI_CONTEXT])
    assert {"Create a new vault…", "Witness", "Encrypting", "passed"} <= window
    assert len(window) > 550
    assert "Wrong passphrase." in wanted[i18n.CLI_CONTEXT]
    assert "Cannot read {path}: no such file." in wanted[i18n.CLI_CONTEXT]


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    single_amp = re.compile(r"(?<!&)&(?!&)")
    wrong = []
    for _, source, text, done in i18n.read_ts(i18n.ts_path(language)):
        if not done:
            continue
        if i18n.placeholders(source) != i18n.placeholders(text):
            wrong.append(("placeholders", source, text))
        if bool(single_amp.search(source)) != bool(single_amp.search(text)):
            wrong.append(("accelerator", source, text))
        words = re.sub(r"\{[^{}]*\}|%\d", "", source)
        # "Ctrl+F" is a key sequence (QKeySequence reads it in English in every language).
        names = {
            "Evidence Vault",
            "SHA-256",
            "SHA256",
            "ID",
            "age1…",
            "OK",
            "Ctrl+F",
        } | SAME_WORDS.get(language, set())
        if text == source and any(c.isalpha() for c in words) and source not in names:
            wrong.append(("untranslated", source, text))
    assert wrong == []


def test_the_placeholder_check_can_fail() -> None:
    assert i18n.placeholders("Page {page} of {count}") != i18n.placeholders("Страница {page}")
    assert i18n.placeholders("{n:,} rows, %1") == ["%1", "{n:,}"]


def test_an_error_is_translated_with_its_data_untouched(tmp_path: Path) -> None:
    i18n.set_language("ru")
    weird = str(tmp_path / "Показания: {x} .txt")
    failure = describe_failure(InputError(f"Cannot read {weird}: no such file."))
    assert failure.message == f"Невозможно прочитать {weird}: такого файла нет."
    assert describe_failure(UnknownId("No case with id 1234abcd.")).message == (
        "Нет дела с id 1234abcd."
    )
    i18n.set_language("hy")
    assert describe_failure(InputError("Wrong passphrase.")).message == "Սխալ գաղտնաբառ։"
    # The template with the most fixed words wins over a looser one that also matches.
    assert i18n.translate_message("The statement text is empty.") == "Դատարկ է՝ statement text։"
    # A sentence nobody translated stays as it was.
    assert describe_failure(InputError("Something new.")).message == "Something new."
    i18n.set_language("en")
    assert describe_failure(InputError("Wrong passphrase.")).message == "Wrong passphrase."


def test_the_language_comes_from_the_environment_in_posix_order() -> None:
    env = i18n.environment_language
    assert env({}) is None
    assert env({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert env({"LANG": "de_DE.UTF-8"}) == "en"
    assert env({"LANG": "ru_RU.UTF-8", "LC_ALL": "hy_AM.UTF-8"}) == "hy"
    assert env({"LC_ALL": "C", "LANGUAGE": "de:hy:ru"}) == "hy"
    assert env({"LANG": "hy_AM.UTF-8", i18n.ENV_LANG: "ru"}) == "ru"


def test_the_window_choice_is_kept_outside_the_vault(_own_config_folder: Path) -> None:
    assert i18n.saved_language() == i18n.SYSTEM
    i18n.save_language("hy")
    note = _own_config_folder / "evidence-vault" / i18n.LANGUAGE_FILE
    assert note.read_text(encoding="utf-8") == "hy\n"
    assert note.stat().st_mode & 0o077 == 0
    assert i18n.saved_language() == "hy"
    i18n.save_language(i18n.SYSTEM)
    assert not note.exists()
    assert i18n.saved_language() == i18n.SYSTEM


@pytest.mark.parametrize("language", SHIPPED)
def test_lrelease_compiles_each_file_completely(language: str, tmp_path: Path) -> None:
    """The build compiles .qm files with Qt's lrelease: zero unfinished, and the compiled
    file answers as the catalogue does."""
    import subprocess
    import sys

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / f"evidence_vault_{language}.qm"
    done = subprocess.run(
        [str(lrelease), str(i18n.ts_path(language)), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = re.search(
        r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", done.stdout
    )
    assert counts is not None, done.stdout
    assert counts.group(3) == "0" and counts.group(1) == counts.group(2)
    assert "warning" not in (done.stdout + done.stderr).lower()
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    table = i18n.catalogue(language)
    for context, source in [
        (i18n.GUI_CONTEXT, "Create a new vault…"),
        (i18n.CLI_CONTEXT, "Wrong passphrase."),
    ]:
        assert translator.translate(context, source) == table[(context, source)]
